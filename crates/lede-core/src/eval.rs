//! Evaluation against gold annotations: matching and precision/recall (pure;
//! the CLI does the IO).
