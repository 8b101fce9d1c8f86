//! A chart's numbers as a table: what a screen reader reads, and anyone who prefers numbers.

/// Rows and columns; each row's first cell names the row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}
