//! Turns pasted or opened HTML into clean readable text, as data.
//!
//! A small tag-stripping converter in plain Rust: it never touches the DOM, so
//! nothing in the HTML can run or load (no `<script>`, no `onerror`, no
//! images). Block elements become paragraph breaks, `<br>` a line break;
//! scripts, styles, navigation, headers, footers, asides, forms and elements
//! whose class or id says "ad", "promo", "share", "cookie"… are dropped with
//! their content. Character references are decoded.
//!
//! Example: `<p>One <b>two</b></p><script>x()</script><p>Three</p>` becomes
//! `"One two\n\nThree"`.

/// The result of converting an HTML page.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CleanText {
    /// The `<title>` (or first `<h1>`), if any.
    pub title: Option<String>,
    /// Paragraphs separated by blank lines.
    pub text: String,
}

/// Elements dropped together with everything inside them.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "iframe", "object", "embed", "svg", "math", "canvas", "video",
    "audio", "picture", "figure", "menu", "dialog",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "dd",
    "dt",
    "dl",
    "hr",
    "address",
    "figcaption",
    "body",
    "html",
    "td",
    "th",
];

/// Words in a class or id that mark boilerplate (ads, sharing, newsletters…).
const BOILERPLATE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "promo",
    "sponsored",
    "share",
    "social",
    "newsletter",
    "cookie",
    "related",
    "breadcrumb",
    "subscribe",
    "banner",
    "popup",
    "comments",
    "sidebar",
];

/// Void elements: never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// Converts `html` to clean text. Total: any input gives some text.
pub fn html_to_text(html: &str) -> CleanText {
    let mut out = Builder::default();
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    // Stack of dropped elements still open (their names).
    let mut dropped: Vec<String> = Vec::new();
    let mut in_title = false;
    let mut title_buf = String::new();
    let mut in_h1 = false;
    let mut h1_buf = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            emit_text(rest, &dropped, in_title, &mut title_buf, &mut out);
            if in_h1 {
                h1_buf.push_str(&decode_entities(rest));
            }
            break;
        };
        let (text, after) = rest.split_at(lt);
        emit_text(text, &dropped, in_title, &mut title_buf, &mut out);
        if in_h1 && dropped.is_empty() {
            h1_buf.push_str(&decode_entities(text));
        }
        rest = after;
        if let Some(body) = rest.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |i| &body[i + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A lone '<' is text.
            emit_text("<", &dropped, in_title, &mut title_buf, &mut out);
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        if !dropped.is_empty() {
            // Inside a dropped element only its nesting matters.
            if tag.closing {
                if let Some(pos) = dropped.iter().rposition(|d| d == name) {
                    dropped.truncate(pos);
                }
            } else if !tag.self_closing && !VOID.contains(&name) {
                // Track every element's nesting so that a nested element of
                // the same name does not end the dropped one early.
                dropped.push(tag.name.clone());
            }
            if name == "script" || name == "style" {
                // Raw text elements: skip to their end tag without parsing.
                if !tag.closing {
                    rest = skip_raw_text(rest, name);
                    if let Some(pos) = dropped.iter().rposition(|d| d == name) {
                        dropped.truncate(pos);
                    }
                }
            }
            continue;
        }
        if name == "title" {
            in_title = !tag.closing;
            if tag.closing && title.is_none() {
                let t = collapse_spaces(&title_buf);
                if !t.is_empty() {
                    title = Some(t);
                }
            }
            continue;
        }
        if name == "script" || name == "style" {
            if !tag.closing {
                rest = skip_raw_text(rest, name);
            }
            continue;
        }
        if !tag.closing && !tag.self_closing && !VOID.contains(&name) && is_dropped(&tag) {
            dropped.push(tag.name.clone());
            continue;
        }
        if name == "h1" {
            if !tag.closing && h1.is_none() {
                in_h1 = true;
                h1_buf.clear();
            } else if tag.closing && in_h1 {
                in_h1 = false;
                let t = collapse_spaces(&h1_buf);
                if !t.is_empty() {
                    h1 = Some(t);
                }
            }
        }
        if name == "br" {
            out.line_break();
        } else if BLOCKS.contains(&name) {
            out.paragraph_break();
        } else if name == "img" || name == "td" || name == "th" {
            out.space();
        }
    }
    CleanText {
        title: title.or(h1),
        text: out.finish(),
    }
}

/// Strips the commonest Markdown syntax (headings, emphasis, links, images,
/// list bullets, block quotes, code fences), keeping paragraphs.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            continue;
        }
        let mut l = trimmed.trim_start_matches('#').trim_start_matches('>');
        if l.len() != trimmed.len() {
            l = l.trim_start();
        }
        for bullet in ["- ", "* ", "+ "] {
            if let Some(s) = l.strip_prefix(bullet) {
                l = s;
            }
        }
        out.push_str(&strip_inline_markdown(l));
        out.push('\n');
    }
    out.trim_end().to_string()
}

fn strip_inline_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        match c {
            '!' if rest[1..].starts_with('[') => rest = &rest[1..],
            '[' => {
                // [text](url) -> text
                if let Some(close) = rest.find("](") {
                    if let Some(end) = rest[close..].find(')') {
                        out.push_str(&rest[1..close]);
                        rest = &rest[close + end + 1..];
                        continue;
                    }
                }
                out.push('[');
                rest = &rest[1..];
            }
            '*' | '_' | '`' => {
                // Emphasis markers only when doubled or at word edges.
                let run = rest.chars().take_while(|&d| d == c).count();
                let prev = out.chars().last();
                let next = rest[run..].chars().next();
                let edge = prev.is_none_or(|p| !p.is_alphanumeric())
                    || next.is_none_or(|n| !n.is_alphanumeric());
                if !(edge || run > 1) {
                    out.push_str(&rest[..run]);
                }
                rest = &rest[run..];
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// The class and id attribute values, lower-cased.
    class_id: String,
    /// The attributes say it is hidden (`hidden`, `aria-hidden="true"`).
    hidden: bool,
    role: String,
    len: usize,
}

fn is_dropped(tag: &Tag) -> bool {
    if DROPPED.contains(&tag.name.as_str()) || tag.hidden {
        return true;
    }
    if matches!(
        tag.role.as_str(),
        "navigation" | "banner" | "contentinfo" | "complementary" | "search"
    ) {
        return true;
    }
    tag.class_id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| BOILERPLATE.contains(&w))
}

/// Parses a tag at the start of `s` (which starts with '<').
fn parse_tag(s: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut class_id = String::new();
    let mut hidden = false;
    let mut role = String::new();
    let mut self_closing = false;
    // Attributes.
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            return Some(Tag {
                name,
                closing,
                self_closing,
                class_id,
                hidden,
                role,
                len: s.len(),
            });
        }
        match bytes[i] {
            b'>' => {
                i += 1;
                break;
            }
            b'/' => {
                self_closing = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        let attr_start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        if i == attr_start {
            i += 1;
            continue;
        }
        let attr = s[attr_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let q = bytes[i];
                let v_start = i + 1;
                let v_end = s[v_start..]
                    .bytes()
                    .position(|b| b == q)
                    .map_or(s.len(), |p| v_start + p);
                value = &s[v_start..v_end];
                i = (v_end + 1).min(s.len());
            } else {
                let v_start = i;
                while i < bytes.len() && bytes[i] != b'>' && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &s[v_start..i];
            }
        }
        match attr.as_str() {
            "class" | "id" => {
                class_id.push(' ');
                class_id.push_str(&value.to_ascii_lowercase());
            }
            "hidden" => hidden = true,
            "aria-hidden" if value.eq_ignore_ascii_case("true") => hidden = true,
            "role" => role = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    Some(Tag {
        name,
        closing,
        self_closing,
        class_id,
        hidden,
        role,
        len: i,
    })
}

/// Skips the content of a raw-text element up to and including its end tag.
fn skip_raw_text<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let end = format!("</{name}");
    match lower.find(&end) {
        Some(pos) => {
            let after = &s[pos..];
            after.find('>').map_or("", |i| &after[i + 1..])
        }
        None => "",
    }
}

fn emit_text(
    text: &str,
    dropped: &[String],
    in_title: bool,
    title: &mut String,
    out: &mut Builder,
) {
    if text.is_empty() {
        return;
    }
    if in_title {
        title.push_str(&decode_entities(text));
        return;
    }
    if dropped.is_empty() {
        out.text(&decode_entities(text));
    }
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds the text: collapses whitespace, tracks paragraph breaks.
#[derive(Default)]
struct Builder {
    out: String,
    /// A space is owed before the next word.
    space: bool,
    /// 0 none, 1 line break, 2 paragraph break owed.
    brk: u8,
}

impl Builder {
    fn text(&mut self, t: &str) {
        for (i, word) in t.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if !self.out.is_empty() {
                match self.brk {
                    2 => self.out.push_str("\n\n"),
                    1 => self.out.push('\n'),
                    _ if self.space => self.out.push(' '),
                    _ => {}
                }
            }
            self.brk = 0;
            self.space = false;
            self.out.push_str(word);
        }
    }

    fn space(&mut self) {
        self.space = true;
    }

    fn line_break(&mut self) {
        self.brk = self.brk.max(1);
    }

    fn paragraph_break(&mut self) {
        self.brk = 2;
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Decodes HTML character references (named ones commonly found in articles,
/// decimal and hex).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .char_indices()
            .take(32)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|(i, _)| i + 1);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse().ok()
            };
            code.and_then(char::from_u32).map(|c| c.to_string())
        } else {
            named_entity(name).map(str::to_string)
        };
        match decoded {
            Some(d) => {
                out.push_str(&d);
                let semicolon = rest[end..].starts_with(';');
                rest = &rest[end + usize::from(semicolon)..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "ndash" => "–",
        "mdash" => "—",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "laquo" => "«",
        "raquo" => "»",
        "hellip" => "…",
        "pound" => "£",
        "euro" => "€",
        "yen" => "¥",
        "cent" => "¢",
        "copy" => "©",
        "reg" => "®",
        "deg" => "°",
        "times" => "×",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "eacute" => "é",
        "egrave" => "è",
        "aacute" => "á",
        "oacute" => "ó",
        "uuml" => "ü",
        "ouml" => "ö",
        "auml" => "ä",
        "ccedil" => "ç",
        "shy" => "",
        "zwj" | "zwnj" => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, expected: &str) {
        assert_eq!(html_to_text(html).text, expected, "input: {html}");
    }

    #[test]
    fn paragraphs_are_kept_and_inline_tags_dropped() {
        check(
            "<p>The mayor <b>said</b> it was <a href='x'>fine</a>.</p>\n<p>Second   one.</p>",
            "The mayor said it was fine.\n\nSecond one.",
        );
    }

    #[test]
    fn scripts_styles_and_handlers_are_data_only() {
        check(
            "<p>Safe</p><script>alert('<p>x</p>')</script><style>p{}</style><img src=x onerror=alert(1)><p>Text</p>",
            "Safe\n\nText",
        );
    }

    #[test]
    fn navigation_and_ads_are_dropped() {
        check(
            "<nav><a>Home</a><a>News</a></nav><div class=\"ad-slot\">Buy now</div><article><h1>Title</h1><p>Body text.</p></article><footer>© 2024</footer>",
            "Title\n\nBody text.",
        );
    }

    #[test]
    fn nested_dropped_elements_close_properly() {
        check(
            "<aside><div><div>Related</div></div><p>more</p></aside><p>Kept</p>",
            "Kept",
        );
        check("<div class=ad><div>x</div>y</div><p>Kept</p>", "Kept");
    }

    #[test]
    fn entities_are_decoded() {
        check(
            "<p>&ldquo;Yes,&rdquo; she said &amp; left &#8212; &#x2014; &pound;5&nbsp;m &bogus; AT&T</p>",
            "“Yes,” she said & left — — £5 m &bogus; AT&T",
        );
    }

    #[test]
    fn br_is_a_line_break_and_title_is_found() {
        let clean = html_to_text(
            "<html><head><title>My  page</title></head><body>One<br>Two</body></html>",
        );
        assert_eq!(clean.text, "One\nTwo");
        assert_eq!(clean.title.as_deref(), Some("My page"));
    }

    #[test]
    fn comments_and_doctype_vanish_and_lone_lt_is_text() {
        check("<!DOCTYPE html><!-- hi <p>x</p> --><p>a < b</p>", "a < b");
    }

    #[test]
    fn unterminated_input_is_total() {
        for s in [
            "<p",
            "<script>never closed",
            "<a href='x",
            "&#xFFFFFFFF;",
            "<",
            "&",
            "<!--",
        ] {
            let _ = html_to_text(s);
        }
        check("<p>ok<script", "ok");
    }

    #[test]
    fn markdown_is_stripped() {
        assert_eq!(
            markdown_to_text(
                "# Head\n\nSome **bold** and [a link](http://x) with snake_case.\n- item"
            ),
            "Head\n\nSome bold and a link with snake_case.\nitem"
        );
    }
}
