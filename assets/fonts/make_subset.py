"""Rebuild NotoSansSC-Subset.otf from Debian's fonts-noto-cjk.

usage: python3 assets/fonts/make_subset.py   (needs fonts-noto-cjk and `pip install fonttools`)

Keeps GB 2312, ASCII, Latin-1, general punctuation, arrows and shapes used for status marks,
CJK punctuation, full-width forms, and every character of the shipped framework and seeds, so
the documents' rarer characters render even where no system CJK font is installed.
"""
import pathlib
import subprocess
import sys

from fontTools.ttLib import TTCollection

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2200, 0x22FF),
          (0x2460, 0x24FF), (0x2500, 0x25FF), (0x2600, 0x26FF), (0x2700, 0x27BF),
          (0x3000, 0x303F), (0xFF00, 0xFFEF)]
for a, b in ranges:
    chars.update(chr(c) for c in range(a, b + 1))
for extra in [ROOT / "assets" / "framework.json", *sorted((ROOT / ".." / "shared" / "seeds").glob("*.txt"))]:
    if extra.exists():
        chars.update(extra.read_text(encoding="utf-8"))
chars = {c for c in chars if c.isprintable() or c == " "}

face = TTCollection(TTC).fonts[SC_FACE]
full = HERE / "_face.otf"
face.save(full)
text = HERE / "_chars.txt"
text.write_text("".join(sorted(chars)), encoding="utf-8")
subprocess.run([sys.executable, "-m", "fontTools.subset", str(full), f"--text-file={text}",
                "--layout-features=", "--drop-tables+=vhea,vmtx,VORG",
                f"--output-file={HERE / 'NotoSansSC-Subset.otf'}"], check=True)
full.unlink()
text.unlink()
