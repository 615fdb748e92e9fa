//! Export and import formats. Each format has its own versioned schema,
//! separate from the model types.

pub mod json;
