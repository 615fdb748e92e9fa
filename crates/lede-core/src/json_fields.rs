//! Typed fields read out of a parsed JSON object by hand, for the schemas
//! that are read from a [`serde_json::Value`] (the stored document entry).
//!
//! What it does: [`Fields`] wraps a JSON object and returns each field as the
//! type a schema wants (required, or defaulted when absent), with serde-like
//! messages: "missing field `text`", "invalid type: null, expected a string".
//!
//! Why: a serde derive on an internally tagged enum (the stored correction ops)
//! buffers every op and instantiates each nested type's deserializer twice;
//! it was the largest function in the web app. Reading the already parsed
//! `Value` by hand does the same checks in a fraction of the code.
//!
//! Example: `Fields::new(&json!({"cursor": 2}), "a log")?.usize("cursor")`
//! is `Ok(2)`; `.string("text")` is `Err("missing field `text`")`.

use serde_json::{Map, Value};

/// A JSON object whose fields are read by type.
pub(crate) struct Fields<'a>(&'a Map<String, Value>);

/// "invalid type: `found`, expected `expected`", as serde words it.
pub(crate) fn invalid_type(found: &Value, expected: &str) -> String {
    let found = match found {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    };
    format!("invalid type: {found}, expected {expected}")
}

impl<'a> Fields<'a> {
    /// The object `value` is; `what` names it in the error otherwise.
    pub(crate) fn new(value: &'a Value, what: &str) -> Result<Fields<'a>, String> {
        value
            .as_object()
            .map(Fields)
            .ok_or_else(|| invalid_type(value, what))
    }

    /// A required field of any type.
    pub(crate) fn get(&self, name: &str) -> Result<&'a Value, String> {
        self.0
            .get(name)
            .ok_or_else(|| format!("missing field `{name}`"))
    }

    /// A required string.
    pub(crate) fn str(&self, name: &str) -> Result<&'a str, String> {
        as_str(self.get(name)?)
    }

    /// A required string, owned.
    pub(crate) fn string(&self, name: &str) -> Result<String, String> {
        self.str(name).map(str::to_string)
    }

    /// A string that is empty when absent.
    pub(crate) fn string_or_empty(&self, name: &str) -> Result<String, String> {
        self.0.get(name).map_or(Ok(""), as_str).map(str::to_string)
    }

    /// A string that is `None` when absent or null.
    pub(crate) fn opt_string(&self, name: &str) -> Result<Option<String>, String> {
        self.opt(name, |v| as_str(v).map(str::to_string))
    }

    /// A required unsigned integer.
    pub(crate) fn u64(&self, name: &str) -> Result<u64, String> {
        as_u64(self.get(name)?)
    }

    /// A required unsigned integer that fits a `usize`.
    pub(crate) fn usize(&self, name: &str) -> Result<usize, String> {
        to_usize(self.get(name)?)
    }

    /// An unsigned integer that is 0 when absent.
    pub(crate) fn usize_or_zero(&self, name: &str) -> Result<usize, String> {
        self.0.get(name).map_or(Ok(0), to_usize)
    }

    /// An array that is empty when absent.
    pub(crate) fn array_or_empty(&self, name: &str) -> Result<&'a [Value], String> {
        self.0.get(name).map_or(Ok(&[]), as_array)
    }

    /// A required unsigned integer that fits a `u32`.
    pub(crate) fn u32(&self, name: &str) -> Result<u32, String> {
        let v = self.get(name)?;
        u32::try_from(as_u64(v)?).map_err(|_| invalid_type(v, "a u32"))
    }

    /// A required number, as an `f32` (integers converted directly, as serde
    /// does).
    pub(crate) fn f32(&self, name: &str) -> Result<f32, String> {
        let v = self.get(name)?;
        #[allow(clippy::cast_precision_loss, reason = "as serde converts")]
        match (v.as_u64(), v.as_i64(), v.as_f64()) {
            (Some(n), _, _) => Ok(n as f32),
            (None, Some(n), _) => Ok(n as f32),
            #[allow(clippy::cast_possible_truncation, reason = "as serde converts")]
            (None, None, Some(x)) => Ok(x as f32),
            _ => Err(invalid_type(v, "f32")),
        }
    }

    /// A number that is `None` when absent or null.
    pub(crate) fn opt_f64(&self, name: &str) -> Result<Option<f64>, String> {
        self.opt(name, |v| v.as_f64().ok_or_else(|| invalid_type(v, "f64")))
    }

    /// A field read by `read`, `None` when absent or null.
    pub(crate) fn opt<T>(
        &self,
        name: &str,
        read: impl FnOnce(&'a Value) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v).map(Some),
        }
    }

    /// A required array of strings.
    pub(crate) fn strings(&self, name: &str) -> Result<Vec<String>, String> {
        as_array(self.get(name)?)?
            .iter()
            .map(|v| as_str(v).map(str::to_string))
            .collect()
    }
}

/// A required array.
pub(crate) fn as_array(v: &Value) -> Result<&[Value], String> {
    v.as_array()
        .map(Vec::as_slice)
        .ok_or_else(|| invalid_type(v, "a sequence"))
}

fn as_str(v: &Value) -> Result<&str, String> {
    v.as_str().ok_or_else(|| invalid_type(v, "a string"))
}

fn as_u64(v: &Value) -> Result<u64, String> {
    v.as_u64()
        .ok_or_else(|| invalid_type(v, "an unsigned integer"))
}

fn to_usize(v: &Value) -> Result<usize, String> {
    usize::try_from(as_u64(v)?).map_err(|_| invalid_type(v, "a usize"))
}

/// Every value reachable from `v` by changing one field: removed, or set
/// to a value of another type (test inputs for the readers, which must
/// agree with the serde derives they replace).
#[cfg(test)]
pub(crate) fn one_field_changed(v: &Value) -> Vec<Value> {
    let others = [
        Value::Null,
        Value::from(-1),
        Value::from(1.5),
        Value::from(7),
        Value::from("accept"),
        Value::from(vec![Value::Null]),
        serde_json::json!({}),
    ];
    let mut out = Vec::new();
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let mut removed = map.clone();
                removed.remove(k);
                out.push(Value::Object(removed));
                for other in others.iter().chain(one_field_changed(child).iter()) {
                    let mut changed = map.clone();
                    changed.insert(k.clone(), other.clone());
                    out.push(Value::Object(changed));
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                for other in one_field_changed(child) {
                    let mut changed = items.clone();
                    changed[i] = other;
                    out.push(Value::Array(changed));
                }
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Reads field `name` of `object` with `read` and renders the result.
    fn check<'a, T: std::fmt::Debug>(
        object: &'a Value,
        read: impl Fn(&Fields<'a>, &str) -> Result<T, String>,
        expected: &str,
    ) {
        let fields = Fields::new(object, "an object").unwrap();
        let got = match read(&fields, "f") {
            Ok(v) => format!("{v:?}"),
            Err(e) => e,
        };
        assert_eq!(got, expected, "{object}");
    }

    #[test]
    fn fields_are_read_by_type() {
        check(&json!({"f": "a"}), Fields::string, "\"a\"");
        check(&json!({}), Fields::string, "missing field `f`");
        check(
            &json!({"f": 3}),
            Fields::string,
            "invalid type: number `3`, expected a string",
        );
        check(&json!({}), Fields::string_or_empty, "\"\"");
        check(
            &json!({"f": null}),
            Fields::string_or_empty,
            "invalid type: null, expected a string",
        );
        check(&json!({"f": null}), Fields::opt_string, "None");
        check(&json!({}), Fields::opt_string, "None");
        check(&json!({"f": "t"}), Fields::opt_string, "Some(\"t\")");
        check(&json!({"f": 7}), Fields::u64, "7");
        check(
            &json!({"f": -1}),
            Fields::u64,
            "invalid type: number `-1`, expected an unsigned integer",
        );
        check(
            &json!({"f": 1.5}),
            Fields::usize,
            "invalid type: number `1.5`, expected an unsigned integer",
        );
        check(&json!({}), Fields::usize_or_zero, "0");
        check(&json!({"f": 4}), Fields::usize_or_zero, "4");
        check(&json!({}), Fields::array_or_empty, "[]");
        check(
            &json!({"f": {}}),
            Fields::array_or_empty,
            "invalid type: map, expected a sequence",
        );
        assert_eq!(
            Fields::new(&json!([1]), "a log").err().as_deref(),
            Some("invalid type: sequence, expected a log")
        );
    }
}
