//! The harness's data model: an annotated posting (`Doc`) with its gold spans and sentences, and
//! the counts a score is made of (`Counts`: TP, adjudicated, FP, out of scope, gold, found).
//!
//! Must not: load files, decide what is a technology, or print lists of items.

#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: String,
    /// Technology by the independent lexicon: the term that decided it.
    pub(crate) tech: Option<String>,
}

#[derive(Debug)]
pub(crate) struct Doc {
    /// `train`, `dev` or `green`.
    pub(crate) split: &'static str,
    /// e.g. `train/tech/12`.
    pub(crate) id: String,
    pub(crate) text: String,
    /// Knowledge spans (SkillSpan) or Skill spans (Green).
    pub(crate) gold: Vec<Span>,
    /// SkillSpan skill-layer spans (context only).
    pub(crate) skill: Vec<(usize, usize)>,
    /// Sentences: byte range, region, whether any token is annotated in either layer.
    pub(crate) sents: Vec<Sent>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Region {
    /// The posting's first line (its title).
    Title,
    /// The Stack Overflow "Technologies" tag line.
    Tags,
    Body,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Sent {
    /// Sentence number in the posting (0-based), as in the data file.
    pub(crate) idx: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) region: Region,
    pub(crate) annotated: bool,
}

#[derive(Default, Clone, Copy)]
pub(crate) struct Counts {
    /// Predictions overlapping a gold technology span.
    pub(crate) tp: usize,
    /// Predictions on no annotated span, judged correct in the adjudication list.
    pub(crate) adj: usize,
    pub(crate) fp: usize,
    pub(crate) oos: usize,
    pub(crate) gold: usize,
    pub(crate) found: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.adj += o.adj;
        self.fp += o.fp;
        self.oos += o.oos;
        self.gold += o.gold;
        self.found += o.found;
    }
    /// Adjudicated: TP + adjudicated over every scored prediction but out-of-scope ones.
    pub(crate) fn precision(&self) -> f64 {
        ratio(self.tp + self.adj, self.tp + self.adj + self.fp)
    }
    /// Strict: against the annotations as they are, without adjudication; adjudicated and
    /// out-of-scope predictions count as FP.
    pub(crate) fn strict(&self) -> f64 {
        ratio(self.tp, self.tp + self.adj + self.fp + self.oos)
    }
    pub(crate) fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    pub(crate) fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} P strict {:.3} (adjudicated {:.3})  R {:.3}   TP {:>4} +adj {:>3}  FP {:>3}  OOS {:>3}  gold {:>4}  found {:>4}  missed {:>3}",
            self.strict(),
            self.precision(),
            self.recall(),
            self.tp,
            self.adj,
            self.fp,
            self.oos,
            self.gold,
            self.found,
            self.gold - self.found
        )
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}
