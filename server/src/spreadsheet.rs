//! CSV for spreadsheets: a cell that starts with `=`, `+`, `-`, `@`, a tab or
//! a carriage return is a formula to Excel, which it would run on opening
//! (a restaurant or a child named `=HYPERLINK(...)`); such a cell is written
//! as text, behind an apostrophe.

fn formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell of free text (names, notes, phone numbers): always text.
pub fn text_cell(s: &str) -> String {
    if formula_like(s) { format!("'{s}") } else { s.to_owned() }
}

/// A cell that is text or a figure: a number (`-0.5`) stays a number.
pub fn cell(s: &str) -> String {
    if formula_like(s) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{cell, text_cell};

    #[test]
    fn formulas_and_what_hides_them_are_shown_as_text() {
        for risky in ["=1+1", "+886", "-2", "@SUM(A1)", "\t=1+1", "\r=cmd"] {
            assert_eq!(text_cell(risky), format!("'{risky}"), "{risky:?}");
        }
        assert_eq!(text_cell("王小明"), "王小明");
        assert_eq!(text_cell("0912345678"), "0912345678");
    }

    #[test]
    fn a_figure_stays_a_number_and_a_name_that_is_a_formula_does_not() {
        assert_eq!(cell("-0.5"), "-0.5");
        assert_eq!(cell("+3"), "+3");
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(cell("@SUM(1) Alpha"), "'@SUM(1) Alpha");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("甲 Alpha"), "甲 Alpha");
    }
}
