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
    ("a", "accept the selected annotation"),
    ("x / Delete", "reject it (delete one you added)"),
    (
        "1 / 2 / 3",
        "make it a quote / figure / claim; with text selected, add one",
    ),
    (
        "e",
        "edit its details (speaker, cue, style; value, unit, qualifier, type; claim type)",
    ),
    ("Shift+← / Shift+→", "move its end by a word"),
    ("Alt+Shift+← / Alt+Shift+→", "move its start by a word"),
    ("u / Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "redo"),
];

/// The action for a key press, if any. `None` lets the browser handle it.
pub fn action_for(press: &Press<'_>) -> Option<Action> {
    if press.ctrl && !press.alt {
        return match press.key {
            "z" if !press.shift => Some(Action::Undo),
            "z" | "Z" if press.shift => Some(Action::Redo),
            "y" => Some(Action::Redo),
            _ => None,
        };
    }
    if press.shift && matches!(press.key, "ArrowLeft" | "ArrowRight") {
        return Some(Action::MoveBoundary {
            start: press.alt,
            forward: press.key == "ArrowRight",
        });
    }
    if press.alt || press.ctrl {
        return None;
    }
    Some(match press.key {
        "a" => Action::Accept,
        "x" | "Delete" | "Backspace" => Action::Delete,
        "1" => Action::Retype(Kind::Quote),
        "2" => Action::Retype(Kind::Figure),
        "3" => Action::Retype(Kind::Claim),
        "e" => Action::ToggleEditor,
        "u" => Action::Undo,
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
        check("w", false, false, None);
    }

    #[test]
    fn correction_keys() {
        check("a", false, false, Some(Action::Accept));
        check("x", false, false, Some(Action::Delete));
        check("2", false, false, Some(Action::Retype(Kind::Figure)));
        check("e", false, false, Some(Action::ToggleEditor));
        check("u", false, false, Some(Action::Undo));
        check("z", true, false, Some(Action::Undo));
        check("Z", true, true, Some(Action::Redo));
        check("y", true, false, Some(Action::Redo));
        check(
            "ArrowRight",
            false,
            true,
            Some(Action::MoveBoundary {
                start: false,
                forward: true,
            }),
        );
        let press = Press {
            key: "ArrowLeft",
            ctrl: false,
            shift: true,
            alt: true,
        };
        assert_eq!(
            action_for(&press),
            Some(Action::MoveBoundary {
                start: true,
                forward: false
            })
        );
    }

    #[test]
    fn every_mapped_key_is_documented() {
        let documented: String = HELP.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(" ");
        for key in [
            "j", "k", "Enter", "Esc", "q", "f", "c", "?", "a", "x", "1", "e", "u", "Ctrl+Y",
        ] {
            assert!(documented.contains(key), "{key} missing from HELP");
        }
    }
}
