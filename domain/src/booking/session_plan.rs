//! What happens on a clinic day: which disciplines see the child and for how long.

use serde::{Deserialize, Serialize};

crate::named::closed_set! {
    #[derive(PartialOrd, Ord)]
    pub enum Discipline {
        Physician,
        PhysicalTherapy,
        OccupationalTherapy,
        SpeechTherapy,
        Psychology,
        SocialWork,
        Audiology,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub discipline: Discipline,
    pub minutes: u32,
}

/// The sessions of one clinic day, each between 10 and 180 minutes, each discipline once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Session>", into = "Vec<Session>")]
pub struct SessionPlan(Vec<Session>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PlanError {
    #[error("a session plan needs at least one session")]
    Empty,
    #[error("a session lasts between 10 and 180 minutes")]
    Duration,
    #[error("each discipline appears once")]
    Duplicate,
}

impl SessionPlan {
    pub fn new(sessions: Vec<Session>) -> Result<Self, PlanError> {
        if sessions.is_empty() {
            return Err(PlanError::Empty);
        }
        if sessions.iter().any(|s| !(10..=180).contains(&s.minutes)) {
            return Err(PlanError::Duration);
        }
        let mut seen: Vec<Discipline> = sessions.iter().map(|s| s.discipline).collect();
        seen.sort();
        seen.dedup();
        if seen.len() != sessions.len() {
            return Err(PlanError::Duplicate);
        }
        Ok(Self(sessions))
    }

    /// The usual day (brief §3): PT, OT and speech about 30 minutes each, psychology
    /// 60-90 minutes, a physician consultation, and the social worker's interview.
    pub fn typical() -> Self {
        let s = |discipline, minutes| Session { discipline, minutes };
        Self(vec![
            s(Discipline::PhysicalTherapy, 30),
            s(Discipline::OccupationalTherapy, 30),
            s(Discipline::SpeechTherapy, 30),
            s(Discipline::Psychology, 75),
            s(Discipline::Physician, 20),
            s(Discipline::SocialWork, 20),
        ])
    }

    pub fn sessions(&self) -> &[Session] {
        &self.0
    }

    pub fn total_minutes(&self) -> u32 {
        self.0.iter().map(|s| s.minutes).sum()
    }
}

impl TryFrom<Vec<Session>> for SessionPlan {
    type Error = PlanError;
    fn try_from(v: Vec<Session>) -> Result<Self, Self::Error> {
        Self::new(v)
    }
}

impl From<SessionPlan> for Vec<Session> {
    fn from(p: SessionPlan) -> Self {
        p.0
    }
}

#[cfg(test)]
mod tests;
