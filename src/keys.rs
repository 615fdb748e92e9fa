//! The keyboard map: which key does what. Pure (tested natively); `App`
//! listens for `keydown` and dispatches what this returns. The help overlay is
//! generated from [`HELP`], so the two never disagree.

use lede_core::Kind;

use crate::state::Action;

/// A key press, reduced to what the map needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Press<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Ctrl or Cmd held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held.
    pub alt: bool,
}

/// The documented keys: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("j / ↓", "next annotation"),
    ("k / ↑", "previous annotation"),
    (
        "Enter",
        "open or close the details of the selected annotation",
    ),
    ("Esc", "close help or details"),
    ("q", "show or hide quotes"),
    ("f", "show or hide figures"),
    ("c", "show or hide claims"),
    ("?", "show or hide this help"),
];

/// The action for a key press, if any. `None` lets the browser handle it.
pub fn action_for(press: &Press<'_>) -> Option<Action> {
    if press.alt || press.ctrl {
        return None;
    }
    Some(match press.key {
        "j" | "ArrowDown" if !press.shift => Action::SelectNext,
        "k" | "ArrowUp" if !press.shift => Action::SelectPrevious,
        "Enter" => Action::ToggleDetails,
        "Escape" => Action::Escape,
        "?" => Action::ToggleHelp,
        "q" => Action::ToggleKind(Kind::Quote),
        "f" => Action::ToggleKind(Kind::Figure),
        "c" => Action::ToggleKind(Kind::Claim),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(key: &str, ctrl: bool, shift: bool, expected: Option<Action>) {
        let press = Press {
            key,
            ctrl,
            shift,
            alt: false,
        };
        assert_eq!(action_for(&press), expected, "{press:?}");
    }

    #[test]
    fn navigation_keys() {
        check("j", false, false, Some(Action::SelectNext));
        check("ArrowDown", false, false, Some(Action::SelectNext));
        check("k", false, false, Some(Action::SelectPrevious));
        check("ArrowUp", false, false, Some(Action::SelectPrevious));
        check("Enter", false, false, Some(Action::ToggleDetails));
        check("?", false, true, Some(Action::ToggleHelp));
    }

    #[test]
    fn kind_toggles() {
        check("q", false, false, Some(Action::ToggleKind(Kind::Quote)));
        check("f", false, false, Some(Action::ToggleKind(Kind::Figure)));
        check("c", false, false, Some(Action::ToggleKind(Kind::Claim)));
    }

    #[test]
    fn modified_keys_go_to_the_browser() {
        check("c", true, false, None);
        check("ArrowDown", false, true, None);
        check("x", false, false, None);
    }

    #[test]
    fn every_mapped_key_is_documented() {
        let documented: String = HELP.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(" ");
        for key in ["j", "k", "Enter", "Esc", "q", "f", "c", "?"] {
            assert!(documented.contains(key), "{key} missing from HELP");
        }
    }
}
