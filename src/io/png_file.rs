//! Writing a picture of the window as PNG (for documents, chat messages and the README).

use std::path::Path;

use super::atomic_file::write_atomic;

/// Why a PNG could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// The file could not be created or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The encoder refused the picture.
    #[error("{path}: {source}")]
    Encode {
        /// The file.
        path: std::path::PathBuf,
        /// What the encoder said.
        source: png::EncodingError,
    },
}

/// Writes 8-bit RGBA pixels, row by row from the top, as a PNG file. The picture is encoded first and then
/// written whole ([`write_atomic`]): a failure leaves no half picture and an older file as it was.
pub fn write_rgba(path: &Path, width: u32, height: u32, rgba: &[u8]) -> Result<(), PngError> {
    let encode = |source| PngError::Encode { path: path.to_owned(), source };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(encode)?;
    writer.write_image_data(rgba).map_err(encode)?;
    writer.finish().map_err(encode)?;
    write_atomic(path, &bytes).map_err(|source| PngError::Io { path: path.to_owned(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_png_reads_back_with_its_size_and_pixels() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("shot.png");
        let pixels: Vec<u8> = (0..2 * 3 * 4).map(|i| i as u8).collect();
        write_rgba(&path, 2, 3, &pixels).expect("write");
        let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).expect("open")));
        let mut reader = decoder.read_info().expect("info");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buf).expect("frame");
        assert_eq!((info.width, info.height), (2, 3));
        assert_eq!(&buf[..pixels.len()], &pixels[..]);
    }
}
