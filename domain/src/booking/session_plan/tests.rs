use super::*;

#[test]
fn the_typical_day_takes_three_hours_and_a_quarter() {
    assert_eq!(SessionPlan::typical().total_minutes(), 205);
}

#[test]
fn sessions_must_be_plausible_and_distinct() {
    let s = |discipline, minutes| Session { discipline, minutes };
    assert_eq!(SessionPlan::new(vec![]), Err(PlanError::Empty));
    assert_eq!(
        SessionPlan::new(vec![s(Discipline::Psychology, 5)]),
        Err(PlanError::Duration)
    );
    assert_eq!(
        SessionPlan::new(vec![s(Discipline::Psychology, 60), s(Discipline::Psychology, 30)]),
        Err(PlanError::Duplicate)
    );
    let json = r#"[{"discipline":"psychology","minutes":500}]"#;
    assert!(serde_json::from_str::<SessionPlan>(json).is_err());
}
