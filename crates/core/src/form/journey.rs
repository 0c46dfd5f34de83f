//! The way through a request form: which steps a service's form has, where Continue and Back
//! go, where a reload resumes, and each step's title.

use super::Step;

/// Where the Back link of a step goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// The step before (or the check page, when changing an answer from there).
    Step(Step),
    /// Before the first step: the service's page.
    ServicePage,
}

/// The steps of one service's form, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    steps: Vec<Step>,
}

impl Journey {
    /// The form of a city that takes photos (`photos`) or not: where, the problem, photos,
    /// about you, check and send. No step is ever skipped for a service without questions:
    /// the description is asked on the same page.
    pub fn new(photos: bool) -> Journey {
        Journey {
            steps: super::steps(photos),
        }
    }

    /// Every step, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether this form has `step`.
    pub fn has(&self, step: Step) -> bool {
        self.steps.contains(&step)
    }

    /// The step an address segment names, if this form has it.
    pub fn step(&self, slug: &str) -> Option<Step> {
        Step::from_slug(slug).filter(|s| self.has(*s))
    }

    /// Where the bare form address (or an unknown step) goes: the step the draft was on when
    /// the resident left (`saved`, its slug), or the first.
    pub fn resume(&self, saved: &str) -> Step {
        self.step(saved).unwrap_or(self.steps[0])
    }

    /// `step`'s place as (number from 1, how many), for "Step 2 of 5". An unknown step counts
    /// as the first.
    pub fn count(&self, step: Option<Step>) -> (usize, usize) {
        let index = step
            .and_then(|s| self.steps.iter().position(|x| *x == s))
            .unwrap_or(0);
        (index + 1, self.steps.len())
    }

    /// Where Continue goes from `step`: the next step, or back to the check page when the
    /// resident came from there to change an answer (`changing`).
    pub fn next(&self, step: Step, changing: bool) -> Step {
        if changing {
            return Step::Check;
        }
        self.steps
            .iter()
            .skip_while(|s| **s != step)
            .nth(1)
            .copied()
            .unwrap_or(Step::Check)
    }

    /// Where Back goes from `step` (`None`: no step known yet).
    pub fn back(&self, step: Option<Step>, changing: bool) -> Back {
        if changing {
            return Back::Step(Step::Check);
        }
        match step.and_then(|s| self.steps.iter().position(|x| *x == s)) {
            Some(i) if i > 0 => Back::Step(self.steps[i - 1]),
            _ => Back::ServicePage,
        }
    }
}

impl Step {
    /// The Fluent id of the step's title, which is also its h1.
    pub const fn title_id(self) -> &'static str {
        match self {
            Step::Location => "request-location-title",
            Step::Questions => "request-details-title",
            Step::Photos => "request-photos-title",
            Step::AboutYou => "request-about-title",
            Step::Check => "request-check-title",
        }
    }
}
