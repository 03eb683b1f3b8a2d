use crate::store::places::StoredQuota;
use domain::booking::quota::{Occupancy, PlacesLeft, Quota, ShrinkRefused, places_left};
use domain::booking::{DayStatus, District};
use domain::ids::{CentreId, ClinicDayId};
use domain::{Bilingual, Named};
use platform::ssr::{Db, StoreError, db::violates};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DayRow {
    #[sqlx(try_from = "i64")]
    pub id: ClinicDayId,
    #[sqlx(try_from = "i64")]
    pub centre_id: CentreId,
    pub day: String,
    /// Read through `Quota::new`: a stored quota it refuses fails the read.
    #[sqlx(flatten)]
    quota: StoredQuota,
    pub taken_general: i64,
    pub taken_reserved: i64,
    /// Holds that have expired but not yet been swept: their places are free.
    pub stale_general: i64,
    pub stale_reserved: i64,
    /// When the first hold still running on the day runs out (epoch seconds).
    pub next_expiry: Option<i64>,
    #[sqlx(try_from = "String")]
    pub status: DayStatus,
    pub closure_note_zh_tw: String,
    pub closure_note_en: String,
    pub session_plan: String,
    pub checkin_time: String,
    pub centre_name_zh_tw: String,
    pub centre_name_en: String,
    #[sqlx(try_from = "String")]
    pub district: District,
}

impl DayRow {
    pub fn centre_name(&self) -> Bilingual {
        Bilingual::new(&self.centre_name_zh_tw, &self.centre_name_en)
    }

    pub fn closure_note(&self) -> Bilingual {
        Bilingual::new(&self.closure_note_zh_tw, &self.closure_note_en)
    }

    pub fn quota(&self) -> Quota {
        self.quota.0
    }

    pub fn occupancy(&self) -> Occupancy {
        Occupancy {
            general: (self.taken_general - self.stale_general).max(0) as u32,
            reserved: (self.taken_reserved - self.stale_reserved).max(0) as u32,
        }
    }

    /// Places left; none on a closed day.
    pub fn places_left(&self) -> PlacesLeft {
        if self.status != DayStatus::Open {
            return PlacesLeft {
                general: 0,
                reserved: 0,
            };
        }
        places_left(self.quota(), self.occupancy())
    }
}

const SELECT: &str = "SELECT d.id, d.centre_id, d.day, d.quota_total, d.quota_reserved, d.taken_general, d.taken_reserved,
        (SELECT COUNT(*) FROM holds h WHERE h.clinic_day_id = d.id AND h.pool = 'general' AND h.expires_at <= $1) AS stale_general,
        (SELECT COUNT(*) FROM holds h WHERE h.clinic_day_id = d.id AND h.pool = 'reserved' AND h.expires_at <= $1) AS stale_reserved,
        (SELECT MIN(h.expires_at) FROM holds h WHERE h.clinic_day_id = d.id AND h.expires_at > $1) AS next_expiry,
        d.status, d.closure_note_zh_tw, d.closure_note_en, d.session_plan, d.checkin_time,
        c.name_zh_tw AS centre_name_zh_tw, c.name_en AS centre_name_en, c.district
    FROM clinic_days d JOIN centres c ON c.id = d.centre_id";

/// Clinic days between two dates (inclusive) at active centres, optionally of one centre or district.
pub async fn between(
    db: &Db,
    now: i64,
    from: &str,
    to: &str,
    centre: Option<CentreId>,
    district: Option<District>,
) -> Result<Vec<DayRow>, StoreError> {
    let sql = format!(
        "{SELECT} WHERE d.day >= $2 AND d.day <= $3 AND c.active = 1
           AND ($4 IS NULL OR d.centre_id = $4) AND ($5 IS NULL OR c.district = $5)
         ORDER BY d.day, c.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(now)
        .bind(from)
        .bind(to)
        .bind(centre.map(|v| v.get()))
        .bind(district.map(String::from))
        .fetch_all(&db.pool)
        .await?)
}

pub async fn get(db: &Db, now: i64, id: ClinicDayId) -> Result<Option<DayRow>, StoreError> {
    let sql = format!("{SELECT} WHERE d.id = $2");
    Ok(sqlx::query_as(&sql)
        .bind(now)
        .bind(id.get())
        .fetch_optional(&db.pool)
        .await?)
}

/// Days of one centre between two dates, open or closed, for its staff.
pub async fn of_centre(
    db: &Db,
    now: i64,
    centre_id: CentreId,
    from: &str,
    to: &str,
) -> Result<Vec<DayRow>, StoreError> {
    let sql = format!("{SELECT} WHERE d.centre_id = $2 AND d.day >= $3 AND d.day <= $4 ORDER BY d.day");
    Ok(sqlx::query_as(&sql)
        .bind(now)
        .bind(centre_id.get())
        .bind(from)
        .bind(to)
        .fetch_all(&db.pool)
        .await?)
}

pub struct NewDay<'a> {
    pub centre_id: CentreId,
    pub quota: Quota,
    pub session_plan_json: &'a str,
    pub checkin_time: &'a str,
}

/// Opens the given days; a day already open at the centre is skipped. Returns (opened, skipped).
pub async fn open(
    db: &Db,
    d: &NewDay<'_>,
    days: &[String],
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<(u32, u32), StoreError> {
    let (mut opened, mut skipped) = (0, 0);
    for day in days {
        // Each new day in its own transaction, its places offered to the
        // families waiting for them before anyone else sees them.
        let res = db
            .retry(|| async move {
                let mut tx = db.begin_write().await?;
                let id: Result<ClinicDayId, sqlx::Error> = sqlx::query_scalar::<_, i64>(
                    "INSERT INTO clinic_days (centre_id, day, quota_total, quota_reserved, session_plan, checkin_time, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(d.centre_id.get())
                .bind(day)
                .bind(i64::from(d.quota.total()))
                .bind(i64::from(d.quota.reserved_under3()))
                .bind(d.session_plan_json)
                .bind(d.checkin_time)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map(ClinicDayId::from);
                match id {
                    Ok(id) => {
                        super::waitlist::offer_day(&mut tx, id, now, policy).await?;
                        tx.commit().await?;
                        Ok(true)
                    }
                    Err(e) if violates(&e, "clinic_days_centre_day", "clinic_days.centre_id") => Ok(false),
                    Err(e) => Err(e.into()),
                }
            })
            .await?;
        if res {
            opened += 1;
        } else {
            skipped += 1;
        }
    }
    Ok((opened, skipped))
}

pub enum Resize {
    Done,
    NotFound,
    Refused(ShrinkRefused),
}

/// Changes a day's quota only if every place taken still fits: one conditional
/// update after giving back the expired holds, in one transaction.
pub async fn resize(
    db: &Db,
    centre_id: CentreId,
    day_id: ClinicDayId,
    quota: Quota,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<Resize, StoreError> {
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        crate::store::freed::sweep_expired(&mut tx, day_id, now, policy).await?;
        let res = sqlx::query(
            "UPDATE clinic_days SET quota_total = $1, quota_reserved = $2
             WHERE id = $3 AND centre_id = $4 AND taken_general + $2 <= $1 AND taken_reserved <= $2",
        )
        .bind(i64::from(quota.total()))
        .bind(i64::from(quota.reserved_under3()))
        .bind(day_id.get())
        .bind(centre_id.get())
        .execute(&mut *tx)
        .await?;
        if res.rows_affected() == 1 {
            // Places added go to the families waiting for them first.
            super::waitlist::offer_day(&mut tx, day_id, now, policy).await?;
            tx.commit().await?;
            return Ok(Resize::Done);
        }
        let taken: Option<(i64, i64)> =
            sqlx::query_as("SELECT taken_general, taken_reserved FROM clinic_days WHERE id = $1 AND centre_id = $2")
                .bind(day_id.get())
                .bind(centre_id.get())
                .fetch_optional(&mut *tx)
                .await?;
        tx.commit().await?;
        Ok(match taken {
            None => Resize::NotFound,
            Some((g, r)) => Resize::Refused(ShrinkRefused {
                taken_general: g as u32,
                taken_reserved: r as u32,
            }),
        })
    })
    .await
}

/// Closes (with a note for families) or reopens a day of the centre.
/// Opens a day of the centre (`closed: None`) or closes it, saying why.
pub async fn set_closure(
    db: &Db,
    centre_id: CentreId,
    day_id: ClinicDayId,
    closed: Option<&Bilingual>,
    now: i64,
    policy: &crate::store::waitlist::Policy,
) -> Result<bool, StoreError> {
    let status = if closed.is_some() {
        DayStatus::Closed
    } else {
        DayStatus::Open
    };
    let note = closed.cloned().unwrap_or_default();
    let note = &note;
    db.retry(|| async move {
        let mut tx = db.begin_write().await?;
        let res = sqlx::query(
            "UPDATE clinic_days SET status = $1, closure_note_zh_tw = $2, closure_note_en = $3 WHERE id = $4 AND centre_id = $5",
        )
        .bind(status.as_str())
        .bind(&note.zh_tw)
        .bind(&note.en)
        .bind(day_id.get())
        .bind(centre_id.get())
        .execute(&mut *tx)
        .await?;
        if res.rows_affected() == 1 {
            if status == DayStatus::Open {
                // A reopened day's free places go to the families waiting first.
                super::waitlist::offer_day(&mut tx, day_id, now, policy).await?;
            } else {
                // Places held for waiting families on a closed day are withdrawn.
                super::waitlist::withdraw_day_offers(&mut tx, day_id, now, policy).await?;
            }
        }
        tx.commit().await?;
        Ok(res.rows_affected() == 1)
    })
    .await
}
