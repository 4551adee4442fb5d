//! Terminal colours, on or off. Owns ANSI codes; knows nothing about what is coloured.

/// Whether to colour output, and helpers that do it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn plain() -> Style {
        Style { color: false }
    }

    pub fn colored() -> Style {
        Style { color: true }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn red_bold(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    pub fn yellow_bold(&self, s: &str) -> String {
        self.paint("1;33", s)
    }
    pub fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
    pub fn yellow(&self, s: &str) -> String {
        self.paint("33", s)
    }
    pub fn red(&self, s: &str) -> String {
        self.paint("31", s)
    }
    pub fn blue(&self, s: &str) -> String {
        self.paint("1;34", s)
    }
    pub fn cyan(&self, s: &str) -> String {
        self.paint("36", s)
    }
}
