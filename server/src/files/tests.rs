use super::csv_cell;

#[test]
fn formulas_and_what_hides_them_are_shown_as_text() {
    for risky in ["=1+1", "+886", "-2", "@SUM(A1)", "\t=1+1", "\r=cmd"] {
        assert_eq!(csv_cell(risky), format!("'{risky}"), "{risky:?}");
    }
    assert_eq!(csv_cell("王小明"), "王小明");
    assert_eq!(csv_cell("0912345678"), "0912345678");
}
