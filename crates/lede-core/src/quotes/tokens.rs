//! A small word/punctuation tokenizer for attribution and entities.
//!
//! What it does: splits the text into word tokens (letters and digits, with
//! inner apostrophes, hyphens and dots: `don’t`, `Secretary-General`, `U.S`)
//! and single-character punctuation tokens, each with its byte span and the
//! index of its paragraph.
//!
//! Why: attribution looks a few tokens left and right of a quote ("…,” said
//! Ana Diaz); working on tokens keeps each look bounded and linear.
//!
//! Example: `“Yes,” Ana’s aide said.` → `“` `Yes` `,` `”` `Ana’s` `aide` `said` `.`

use super::lexicon;
use crate::model::Span;

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where the token is.
    pub span: Span,
    /// Word or punctuation.
    pub is_word: bool,
    /// First character is upper-case.
    pub capitalised: bool,
    /// The token lies inside a quote.
    pub in_quote: bool,
    /// Paragraph index.
    pub paragraph: u32,
}

/// True for characters that may sit inside a word between two alphanumerics.
fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&')
}

/// Tokenizes `text` paragraph by paragraph.
pub(crate) fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    for (pi, para) in paragraphs.iter().enumerate() {
        let p = &text[*para];
        let mut it = p.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_alphanumeric() {
                let start = i;
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphanumeric() {
                        end = j + d.len_utf8();
                        it.next();
                    } else if is_inner(d) {
                        // Keep the inner mark only when a letter or digit follows.
                        let after = p[j + d.len_utf8()..].chars().next();
                        if after.is_some_and(char::is_alphanumeric) {
                            end = j + d.len_utf8();
                            it.next();
                        } else if (d == '’' || d == '\'') && p[start..end].ends_with(['s', 'S']) {
                            // A plural possessive: "leaders’ talks".
                            break;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                out.push(Token {
                    span: Span::new(para.start + start, para.start + end),
                    is_word: true,
                    capitalised: c.is_uppercase(),
                    in_quote: false,
                    paragraph: pi as u32,
                });
            } else if !c.is_whitespace() {
                out.push(Token {
                    span: Span::new(para.start + i, para.start + i + c.len_utf8()),
                    is_word: false,
                    capitalised: false,
                    in_quote: false,
                    paragraph: pi as u32,
                });
            }
        }
    }
    out
}

/// Whether the token, folded to lower case, is in the word list `list`.
pub(crate) fn is(text: &str, token: &Token, list: fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 40];
    token.is_word && lexicon::fold(&text[token.span], &mut buf).is_some_and(list)
}
