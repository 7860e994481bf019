//! Crate-level docs.

/// A documented struct.
#[derive(Debug)]
pub struct Point {
    pub x: i32, // trailing
    pub y: i32,
}

/* Rust block comments nest, /* like this */ but cloc does not know */
impl Point {
    pub fn new(x: i32, y: i32) -> Self {
        let _raw = r#"raw // string"#;
        Point { x, y } /* inline */
    }
}

#[cfg(test)]
mod tests {
    // a test comment
    #[test]
    fn works() {
        assert_eq!(super::Point::new(1, 2).x, 1);
    }
}
