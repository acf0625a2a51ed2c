//! The framework and the indicator catalog shipped in the binary, as the tests load them.
#![allow(dead_code)]

use policy_cockpit::domain::framework::Framework;
use policy_cockpit::domain::metrics::Catalog;
use policy_cockpit::io::framework_file;
use policy_cockpit::io::metrics::catalog_file;

/// The framework embedded in the binary.
pub fn framework() -> Framework {
    framework_file::embedded().expect("the embedded framework loads")
}

/// The catalog embedded in the binary, checked against the embedded framework.
pub fn catalog() -> Catalog {
    catalog_file::embedded(&framework()).expect("the embedded catalog loads")
}
