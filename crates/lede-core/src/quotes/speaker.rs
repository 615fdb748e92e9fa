//! Speaker noun phrases: who a subject or an inverted subject names.
//!
//! # What it does
//! Reads the noun phrase that ends (or starts) at a token and resolves it:
//! a name or title mention → its entity ("the Prime Minister" → the person
//! the article named with that title); "he"/"she" → the nearest person who
//! was the subject of a clause before; "it" → the nearest organisation;
//! "a Downing Street spokesperson" / "a spokesman for the club" → the
//! organisation; "a European diplomat" → the anonymous descriptor; "the
//! company" → the nearest organisation before; "analysts" → a generic source.
//! "X and Y" gives a joint speaker.
//!
//! # Why
//! The speaker must be a canonical full name whatever the article calls them.
//!
//! # Example
//! "… the chancellor said" after "Chancellor Ana Diaz" → `Ana Diaz`.

use super::context::Context;
use super::gender;
use super::lexicon;
use crate::entities::office_qualifier;
use crate::model::{EntityKind, Span};

/// A resolved speaker.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Speaker {
    /// Canonical name ("A and B" when joint).
    pub name: String,
    /// The mention as written.
    pub mention: Span,
    /// First token of the phrase.
    pub first: usize,
    /// The entity, when one.
    pub entity: Option<usize>,
}

/// What a subject phrase turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Subject {
    /// A speaker.
    Speaker(Speaker),
    /// A generic plural source ("analysts"): no identifiable speaker.
    Generic,
}

fn named(ctx: &Context<'_>, entity: usize, mention: Span, first: usize) -> Subject {
    let name = ctx.entities.entities[entity].name.clone();
    Subject::Speaker(Speaker {
        name,
        mention,
        first,
        entity: Some(entity),
    })
}

fn anonymous(desc: String, mention: Span, first: usize) -> Subject {
    Subject::Speaker(Speaker {
        name: desc,
        mention,
        first,
        entity: None,
    })
}

/// The subject phrase ending at token `end`, not reaching before `floor`.
pub(crate) fn ending_at(ctx: &Context<'_>, end: usize, floor: usize) -> Option<Subject> {
    if end < floor || end >= ctx.toks.len() || ctx.toks[end].in_quote() {
        return None;
    }
    // "Peter Ainsworth MP said": the post-nominal is not the name.
    let end = if end > floor
        && is_post_nominal(ctx.word(end))
        && ctx.mention_ending_at(end - 1).is_some()
    {
        end - 1
    } else {
        end
    };
    let w = ctx.word(end);
    // "one of them said", "one of the people said".
    if end >= floor + 2 && ctx.word(end.saturating_sub(2)).eq_ignore_ascii_case("one")
        || end >= floor + 3 && ctx.word(end - 1) == "the"
    {
        if let Some(s) = one_of_group(ctx, end, floor) {
            return Some(s);
        }
    }
    if ctx.is(end, lexicon::PRONOUN) {
        return pronoun(ctx, end);
    }
    if let Some(s) = post_modified_source(ctx, end, floor) {
        return Some(s);
    }
    if let Some(m) = ctx.mention_ending_at(end).copied() {
        if m.first_token < floor {
            return None;
        }
        // "residents in Gaza said": people of a place, no one in
        // particular ("analysts at Acme said" stays Acme's; after "in" a
        // name only guessed to be an organisation is taken for a place).
        let preposition = ctx.word(m.first_token.saturating_sub(1));
        let info = &ctx.entities.entities[m.entity];
        if m.first_token >= floor + 2
            && ctx.is(m.first_token - 2, lexicon::GENERIC_PLURAL)
            && match preposition {
                "in" | "across" | "inside" | "around" | "near" => {
                    info.kind != EntityKind::Organisation || info.guessed
                }
                "at" | "from" => info.kind != EntityKind::Organisation,
                _ => false,
            }
        {
            return Some(Subject::Generic);
        }
        // "a spokesman for Acme said".
        if m.first_token >= 2
            && ctx.word(m.first_token - 1).eq_ignore_ascii_case("for")
            && ctx.is(m.first_token - 2, lexicon::SPOKES_NOUN)
        {
            let start = spokes_start(ctx, m.first_token - 2, floor);
            return Some(named(ctx, m.entity, ctx.span(start, end), start));
        }
        // "Ana Diaz and Tom Hale said", "Diaz, Hale and Reyes said".
        if m.first_token >= floor + 2 && ctx.word(m.first_token - 1) == "and" {
            if let Some(prev) = ctx.mention_ending_at(m.first_token - 2).copied() {
                if prev.first_token >= floor {
                    // Further names before, each after a comma ("France,
                    // Germany and Britain").
                    let mut first = prev;
                    let mut names = vec![&ctx.entities.entities[prev.entity].name];
                    while first.first_token >= floor + 2 && ctx.word(first.first_token - 1) == "," {
                        // Of the same kind, and no place or time set
                        // before the clause ("In Paris, Ana Diaz and …").
                        let same = |p: &crate::entities::Mention| {
                            ctx.entities.entities[p.entity].kind
                                == ctx.entities.entities[m.entity].kind
                                && !p.first_token.checked_sub(1).is_some_and(|k| {
                                    ctx.is(k, lexicon::FUNCTION_WORD) && ctx.word(k) != "of"
                                })
                        };
                        match ctx.mention_ending_at(first.first_token - 2) {
                            Some(p) if p.first_token >= floor && names.len() < 8 && same(p) => {
                                first = *p;
                                names.push(&ctx.entities.entities[p.entity].name);
                            }
                            _ => break,
                        }
                    }
                    names.reverse();
                    let b = &ctx.entities.entities[m.entity].name;
                    let mut name = String::new();
                    for (i, a) in names.iter().enumerate() {
                        if i > 0 {
                            name.push_str(", ");
                        }
                        name.push_str(a);
                    }
                    name.push_str(" and ");
                    name.push_str(b);
                    return Some(Subject::Speaker(Speaker {
                        name,
                        mention: Span::new(first.span.start, m.span.end),
                        first: first.first_token,
                        entity: None,
                    }));
                }
            }
        }
        return Some(named(ctx, m.entity, m.span, m.first_token));
    }
    // "The Government said", "the Board said": a capitalised common noun
    // for an organisation reads as the lower-case one.
    let capitalised_noun = || {
        ctx.is(end, lexicon::ORGANISATION_NOUN)
            && end > floor
            && ctx.word(end - 1).eq_ignore_ascii_case("the")
    };
    if !ctx.is_lower_word(end) && !capitalised_noun() {
        return None;
    }
    if ctx.is(end, lexicon::GENERIC_PLURAL) && !w.is_empty() {
        return Some(Subject::Generic);
    }
    // Walk back over the modifiers to the determiner.
    let mut det = None;
    let mut k = end;
    let mut steps = 0;
    while k > floor && steps < 5 {
        k -= 1;
        steps += 1;
        let kw = ctx.word(k);
        if kw.eq_ignore_ascii_case("a")
            || kw.eq_ignore_ascii_case("an")
            || kw.eq_ignore_ascii_case("one")
        {
            det = Some((k, false));
            break;
        }
        if kw.eq_ignore_ascii_case("the") || kw == "its" || kw == "their" {
            det = Some((k, true));
            break;
        }
        if !ctx.toks[k].is_word() || ctx.toks[k].in_quote() {
            break;
        }
    }
    // "Ukraine's foreign ministry said": a body named by its owner's
    // possessive and a common noun, as written.
    if det.is_none() && ctx.is(end, lexicon::ORGANISATION_NOUN) {
        let owner = (end.saturating_sub(3).max(floor)..end)
            .find(|&k| lexicon::is_possessive(ctx.word(k)) && ctx.mention_ending_at(k).is_some());
        if let Some(m) = owner.and_then(|k| ctx.mention_ending_at(k)) {
            // (Not in apposition: "a spokesman for Unison, Britain's
            // biggest union, said" is Unison's.)
            let apposition = m.first_token > 0 && ctx.is_punct(m.first_token - 1, ",");
            if m.first_token >= floor
                && !apposition
                && (m.last_token + 1..end).all(|k| ctx.is_lower_word(k))
            {
                let span = Span::new(m.span.start, ctx.toks[end].end());
                let desc = ctx.text[span].to_string();
                return Some(anonymous(desc, span, m.first_token));
            }
        }
    }
    // "a spokesman for the club said": the club is the speaker.
    if ctx.is(end, lexicon::ORGANISATION_NOUN) {
        if let Some((d, true)) = det {
            if d >= 2
                && ctx.word(d - 1).eq_ignore_ascii_case("for")
                && ctx.is(d - 2, lexicon::SPOKES_NOUN)
            {
                let start = spokes_start(ctx, d - 2, floor);
                if let Some(org) = organisation_of_modifier(ctx, d, end + 1)
                    .or_else(|| recent_organisation(ctx, d))
                {
                    return Some(named(ctx, org, ctx.span(start, end), start));
                }
            }
            // "the party said" after "the Labour Party": the organisation
            // whose name ends with the noun, else the nearest one, unless
            // the noun is a state's body ("the government", "the US
            // government": not whatever organisation was named last, as "the
            // German giant" is the firm named before).
            // ("the ministry" after "Ministry of Communications" is that
            // ministry: a recent organisation whose name holds the noun.)
            // A capitalised noun ("the Board said") names a body too: the
            // one whose name holds it, when there is one.
            let noun = ctx.word(end);
            let state = ["government", "administration", "ministry"]
                .iter()
                .any(|s| noun.eq_ignore_ascii_case(s));
            let recent = || {
                if state {
                    recent_organisation_naming(ctx, d, noun)
                } else if ctx.toks[end].capitalised() {
                    recent_organisation_naming(ctx, d, noun).or_else(|| recent_organisation(ctx, d))
                } else {
                    recent_organisation(ctx, d)
                }
            };
            if let Some(org) = organisation_of_modifier(ctx, d, end + 1).or_else(recent) {
                return Some(named(ctx, org, ctx.span(d + 1, end), d));
            }
            // "the committee" with no organisation named: the descriptor.
            let desc = ctx.text[ctx.span(d + 1, end)].to_string();
            return Some(anonymous(desc, ctx.span(d + 1, end), d));
        }
        return None;
    }
    // "the spokesman", "the statement", "its report": the organisation
    // named before.
    if let Some((d, true)) = det {
        if ctx.is(end, lexicon::SPOKES_NOUN) {
            // "the prime minister's official spokesman": the office speaks
            // through them (its holder, else the office).
            if let Some(o) = (d + 1..end).find(|&k| {
                lexicon::is_possessive(ctx.word(k))
                    && ctx.is(k, lexicon::OFFICE)
                    && ctx.word(k).starts_with(char::is_lowercase)
            }) {
                let office = crate::text::chars::lowercase(lexicon::strip_possessive(ctx.word(o)));
                let qualifier = (o > d + 1)
                    .then(|| office_qualifier(&crate::text::chars::lowercase(ctx.word(o - 1))))
                    .flatten();
                let key = match qualifier {
                    Some(q) => format!("{q} {office}"),
                    None => office,
                };
                if let Some(id) = ctx.entities.office_holder(&key) {
                    return Some(named(ctx, id, ctx.span(d + 1, end), d));
                }
                return Some(anonymous(key, ctx.span(d + 1, end), d));
            }
            if let Some(s) = same_unnamed_source(ctx, d, end) {
                return Some(s);
            }
            if let Some(id) = source_of_earlier_statement(ctx, d, end) {
                return Some(named(ctx, id, ctx.span(d + 1, end), d));
            }
            if let Some(org) =
                organisation_of_modifier(ctx, d, end).or_else(|| recent_organisation(ctx, d))
            {
                return Some(named(ctx, org, ctx.span(d + 1, end), d));
            }
        }
    }
    if ctx.is(end, lexicon::OFFICE) {
        if let Some((d, true)) = det {
            let mut key = crate::text::chars::lowercase(ctx.word(end));
            if end > d + 1 {
                if let Some(q) = office_qualifier(&crate::text::chars::lowercase(ctx.word(end - 1)))
                {
                    key = format!("{q} {key}");
                }
            }
            // "the Tory leader": a party's office is held by the person
            // titled so in the text, not by whoever holds some other party's
            // ("Lib Dem leader Charles Kennedy"). (A nation's office is the
            // office: "the South African archbishop".)
            let modifier = (d + 1..end).rev().find(|&k| {
                ctx.toks[k].capitalised()
                    && (ctx.is(k, lexicon::ORGANISATION_WORD)
                        || ctx.mention_covering(k).is_some_and(|m| {
                            ctx.entities.entities[m.entity].kind == EntityKind::Organisation
                        }))
            });
            if let Some(mk) = modifier {
                if let Some(id) = titled_holder(ctx, d, ctx.word(mk), ctx.word(end)) {
                    return Some(named(ctx, id, ctx.span(d + 1, end), d));
                }
            } else {
                let mine = |id: &usize| !titled_otherwise(ctx, *id, d, end);
                if let Some(id) = ctx.entities.office_holder(&key).filter(mine) {
                    return Some(named(ctx, id, ctx.span(d + 1, end), d));
                }
                let last = crate::text::chars::lowercase(ctx.word(end));
                if let Some(id) = ctx.entities.office_holder(&last).filter(mine) {
                    return Some(named(ctx, id, ctx.span(d + 1, end), d));
                }
            }
            // "Michael Howard has said … “…”, the Conservative leader
            // said": the person who just spoke. Not for a country's office
            // ("the Italian prime minister"): the person who just spoke is
            // as likely another country's.
            let national = modifier.is_none() && national_modifier(ctx, d, end).is_some();
            if let Some(id) = (!national)
                .then(|| speaking_person_before(ctx, d, end))
                .flatten()
            {
                return Some(named(ctx, id, ctx.span(d + 1, end), d));
            }
            // "the Conservative leader" with no holder named: the descriptor.
            let desc = ctx.text[ctx.span(d + 1, end)].to_string();
            return Some(anonymous(desc, ctx.span(d + 1, end), d));
        }
    }
    // "Mr Blair's spokesman", "the minister's official spokeswoman": the
    // person speaks through them.
    if ctx.is(end, lexicon::SPOKES_NOUN) {
        let mut p = end;
        while p > floor && p + 3 > end {
            p -= 1;
            if lexicon::is_possessive(ctx.word(p)) {
                if let Some(m) = ctx.mention_ending_at(p) {
                    if m.first_token >= floor {
                        let mention = Span::new(m.span.start, ctx.toks[end].end());
                        return Some(named(ctx, m.entity, mention, m.first_token));
                    }
                }
                break;
            }
            if !ctx.is_lower_word(p) {
                break;
            }
        }
    }
    // "Downing Street spokesperson" as a credit line, with no determiner.
    if det.is_none() && end > floor && ctx.is(end, lexicon::SPOKES_NOUN) {
        if let Some(m) = ctx.mention_ending_at(end - 1) {
            if m.first_token >= floor && is_organisation(ctx, m.entity) {
                let mention = Span::new(m.span.start, ctx.toks[end].end());
                return Some(named(ctx, m.entity, mention, m.first_token));
            }
        }
    }
    if ctx.is(end, lexicon::SOURCE_NOUN) {
        if let Some((d, false)) = det {
            // "a Downing Street spokesperson": the organisation speaks.
            if ctx.is(end, lexicon::SPOKES_NOUN) {
                if let Some(m) = ctx.mention_ending_at(end - 1) {
                    if m.first_token > d && is_organisation(ctx, m.entity) {
                        let mention = Span::new(m.span.start, ctx.toks[end].end());
                        return Some(named(ctx, m.entity, mention, d));
                    }
                }
            }
            // "The company … said. “…,” a spokesperson said."
            if let Some(org) = spokesperson_of_subject(ctx, d, end) {
                return Some(named(ctx, org, ctx.span(d + 1, end), d));
            }
            let desc = ctx.text[ctx.span(d + 1, end)].to_string();
            return Some(anonymous(desc, ctx.span(d + 1, end), d));
        }
    }
    None
}

/// An unnamed source with a modifier after its noun, as a descriptor: "an
/// insider in the talks", "a source close to the negotiations", "one
/// official familiar with the plan", "an analyst at Barclays".
///
/// # What it does
/// For a phrase ending at `end`, finds a preposition at most four words
/// back ("in", "at", "to", "with", "of", "from", "on", "inside", "within"),
/// before it (past "close", "familiar" or "loyal") a source noun
/// ([`lexicon::SOURCE_NOUN`]) that is not a spokesperson (who speaks for the
/// organisation, found elsewhere), and before that,
/// past at most two modifiers, "a", "an" or "one". The speaker is the
/// words after the determiner.
///
/// # Why
/// The conventions give an anonymous individual's quote to the descriptor
/// without article. Wire copy's commonest forms put a phrase after the
/// noun, and the cue then followed a word ("talks", "Barclays") that named
/// no one, or an organisation that did not speak.
///
/// # Example
/// `“It is over,” a source close to the talks said.` → `source close to
/// the talks`.
fn post_modified_source(ctx: &Context<'_>, end: usize, floor: usize) -> Option<Subject> {
    if !ctx.toks.get(end).is_some_and(|t| t.is_word()) {
        return None;
    }
    let mut p = end;
    let preposition = loop {
        if p <= floor || p + 4 < end {
            return None;
        }
        p -= 1;
        let t = &ctx.toks[p];
        if !t.is_word() || t.in_quote() {
            return None;
        }
        if is_post_preposition(ctx.word(p)) {
            break p;
        }
    };
    let mut head = preposition.checked_sub(1)?;
    if head > floor && is_post_adjective(ctx.word(head)) {
        head -= 1;
    }
    if head <= floor
        || !ctx.is_lower_word(head)
        || !ctx.is(head, lexicon::SOURCE_NOUN)
        || ctx.word(head).starts_with("spokes")
    {
        return None;
    }
    let d = (head.saturating_sub(3).max(floor)..head).rev().find(|&k| {
        let w = ctx.word(k);
        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") || w.eq_ignore_ascii_case("one")
    })?;
    if (d + 1..head).any(|k| !ctx.toks[k].is_word() || ctx.toks[k].in_quote()) {
        return None;
    }
    // "Ken Perkins, an analyst at RetailMetrics told …": the descriptor
    // stands in apposition to a name, which is the speaker.
    if d > floor && ctx.word(d - 1) == "," {
        let m = ctx
            .mention_ending_at(d - 2)
            .filter(|m| m.first_token >= floor)?;
        let person = ctx.entities.entities[m.entity].kind == EntityKind::Person;
        return person.then(|| named(ctx, m.entity, m.span, m.first_token));
    }
    let desc = ctx.text[ctx.span(d + 1, end)].to_string();
    Some(anonymous(desc, ctx.span(d + 1, end), d))
}

/// One of an unnamed group named before: "one of them said", "said one of
/// the people", after "two people familiar with the matter".
///
/// # What it does
/// For "one of them", "one of those" or "one of the NOUNS" ending at
/// `end`, finds the nearest plural source noun ([`lexicon::GENERIC_PLURAL`]:
/// "people", "officials", "sources"; the same noun when one is written) in
/// the 80 tokens before, in the same or the previous paragraph, with a
/// phrase after it ("familiar with the matter", "close to the talks"). The
/// speaker is that noun in the singular with its phrase.
///
/// # Why
/// The conventions give an anonymous individual's quote to the descriptor.
/// Wire copy introduces the group once and then quotes "one of them"; the
/// pronoun named no one, so the quote had no speaker.
///
/// # Example
/// `Two people familiar with the matter described the talks. “It went
/// well,” one of them said.` → `person familiar with the matter`.
fn one_of_group(ctx: &Context<'_>, end: usize, floor: usize) -> Option<Subject> {
    let (of, noun) = match ctx.word(end) {
        "them" | "those" => (end.checked_sub(1)?, None),
        _ if end >= 2 && ctx.word(end - 1) == "the" => (end - 2, Some(ctx.word(end))),
        _ => return None,
    };
    if of < floor + 1 || ctx.word(of) != "of" || !ctx.word(of - 1).eq_ignore_ascii_case("one") {
        return None;
    }
    let first = of - 1;
    let para = ctx.paragraph(first);
    let group = (first.saturating_sub(80)..first).rev().find_map(|k| {
        if ctx.paragraph(k) + 1 < para {
            return None;
        }
        // (Its bits are the lower-cased word's: "Officials" opening a
        // sentence too.)
        let fits = ctx.is(k, lexicon::GENERIC_PLURAL)
            && noun.is_none_or(|n| ctx.word(k).eq_ignore_ascii_case(n));
        let phrase_end = post_modifier_end(ctx, k, first).filter(|_| fits)?;
        Some((k, phrase_end))
    })?;
    let (head, phrase_end) = group;
    let plural = crate::text::chars::lowercase(ctx.word(head));
    let singular = match plural.as_str() {
        "people" => "person".to_string(),
        w if w.ends_with("ies") => format!("{}y", &w[..w.len() - 3]),
        w => w.strip_suffix('s').unwrap_or(w).to_string(),
    };
    let phrase = &ctx.text[ctx.span(head + 1, phrase_end)];
    Some(anonymous(
        format!("{singular} {phrase}"),
        ctx.span(first, end),
        first,
    ))
}

/// A preposition opening the phrase after a source's noun ("a source
/// close to the talks", "an analyst at Barclays").
fn is_post_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "to" | "with" | "of" | "from" | "on" | "inside" | "within"
    )
}

/// An adjective between a source's noun and that preposition ("close",
/// "familiar").
fn is_post_adjective(w: &str) -> bool {
    matches!(w, "close" | "closer" | "familiar" | "loyal")
}

/// The last word of the phrase after the noun at `noun` that
/// [`post_modified_source`] reads back from: "close to the negotiations",
/// "at Barclays", "familiar with the plan" (a preposition, then words up to
/// the next function word or mark, at most three), before `limit`.
fn post_modifier_end(ctx: &Context<'_>, noun: usize, limit: usize) -> Option<usize> {
    let mut p = noun + 1;
    if is_post_adjective(ctx.word(p)) {
        p += 1;
    }
    if !is_post_preposition(ctx.word(p)) {
        return None;
    }
    let mut end = None;
    let mut k = p + 1;
    if matches!(ctx.word(k), "the" | "a" | "an") {
        k += 1;
    }
    while k < limit && k < p + 5 {
        let t = &ctx.toks[k];
        if !t.is_word()
            || t.in_quote()
            || ctx.is(k, lexicon::FUNCTION_WORD)
            || ctx.is(k, lexicon::CUE)
        {
            break;
        }
        end = Some(k);
        k += 1;
    }
    end
}

/// The organisation a bare "a spokesperson" speaks for: the organisation
/// that was the subject of a clause just before.
///
/// # What it does
/// For "a spokesman/spokeswoman/spokesperson" with no modifier (determiner
/// `d`, noun `end = d + 1`), takes the nearest organisation (not a guess)
/// that was the subject of a clause in the 60 tokens before, in the same or
/// the previous paragraph.
///
/// # Why
/// The conventions give an unnamed spokesperson's quote to the organisation.
/// News copy names the organisation in the sentence before ("Hutchison Ports
/// said it was disappointed. “…,” a spokesperson said.") and does not repeat
/// it; the bare descriptor would leave the quote with no one to check.
///
/// # Example
/// `The Harbour Board said it was disappointed. “We remain open to talks,”
/// a spokesperson said.` → `Harbour Board`.
fn spokesperson_of_subject(ctx: &Context<'_>, d: usize, end: usize) -> Option<usize> {
    if end != d + 1 || !ctx.word(end).starts_with("spokes") {
        return None;
    }
    nearest_mention_before(ctx, d, 60, |m, e| {
        e.kind == EntityKind::Organisation
            && !e.guessed
            && (is_subject_at(ctx, m.last_token) || is_appositive_subject_at(ctx, m, d))
    })
}

/// The entity of the nearest mention in the `back` tokens before token `d`,
/// in the same or the previous paragraph, not possessive ("Acme's"), that
/// `wanted` accepts: the subject an unnamed reference ("a spokesperson",
/// "the prime minister") takes up.
fn nearest_mention_before(
    ctx: &Context<'_>,
    d: usize,
    back: usize,
    wanted: impl Fn(&crate::entities::Mention, &crate::entities::EntityInfo) -> bool,
) -> Option<usize> {
    let para = ctx.paragraph(d);
    ctx.mentions_in(d.saturating_sub(back), d)
        .iter()
        .rev()
        .find(|m| {
            ctx.paragraph(m.first_token) + 1 >= para
                && !lexicon::is_possessive(ctx.word(m.last_token))
                && wanted(m, &ctx.entities.entities[m.entity])
        })
        .map(|m| m.entity)
}

/// The person named before token `d` right after the title `modifier
/// office` ("Tory leader Michael Howard" for "the Tory leader"), the
/// nearest such mention in the text before.
fn titled_holder(ctx: &Context<'_>, d: usize, modifier: &str, office: &str) -> Option<usize> {
    ctx.mentions_in(0, d)
        .iter()
        .rev()
        .find(|m| {
            let f = name_start(ctx, m);
            ctx.entities.entities[m.entity].kind == EntityKind::Person
                && f >= 2
                && ctx.word(f - 1).eq_ignore_ascii_case(office)
                && ctx.word(f - 2).eq_ignore_ascii_case(modifier)
        })
        .map(|m| m.entity)
}

/// Whether token `k` is part of an office's title ("Prime", "Minister").
fn is_title_part(ctx: &Context<'_>, k: usize) -> bool {
    ctx.is(k, lexicon::OFFICE)
        || ctx.is(k, lexicon::ROLE_WORD)
        || office_qualifier(&crate::text::chars::lowercase(ctx.word(k))).is_some()
}

/// The last capitalised word of the office descriptor `d..=end` that is not
/// part of the title: "Ukrainian" in "the Ukrainian president".
fn national_modifier(ctx: &Context<'_>, d: usize, end: usize) -> Option<usize> {
    (d + 1..end)
        .rev()
        .find(|&k| ctx.toks[k].capitalised() && !is_title_part(ctx, k))
}

/// Whether the person `id` was titled with the office of the descriptor
/// `d..=end` under another capitalised modifier: "Finnish President
/// Alexander Stubb" is not "the Ukrainian president".
///
/// # What it does
/// Takes the descriptor's last capitalised word before the office that is
/// not itself an office word ("Ukrainian"); with none, false. Otherwise
/// true when some mention of `id` within 4,000 tokens follows the office
/// word with a different capitalised word before it.
///
/// # Why
/// The office holders of a text are keyed by the office alone
/// ("president"), so a story naming one country's president gave his name
/// to another country's.
fn titled_otherwise(ctx: &Context<'_>, id: usize, d: usize, end: usize) -> bool {
    let Some(mk) = national_modifier(ctx, d, end) else {
        return false;
    };
    let (modifier, office) = (ctx.word(mk), ctx.word(end));
    // The story around the descriptor (a bounded look, however long the
    // text).
    let around = ctx.mentions_in(d.saturating_sub(4000), (end + 4000).min(ctx.toks.len()));
    around.iter().any(|m| {
        let f = name_start(ctx, m);
        m.entity == id
            && f >= 2
            && ctx.word(f - 1).eq_ignore_ascii_case(office)
            && ctx.toks[f - 2].capitalised()
            && !is_title_part(ctx, f - 2)
            && !ctx.word(f - 2).eq_ignore_ascii_case(modifier)
    })
}

/// The person a definite office descriptor with no named holder takes up:
/// the nearest person who was the subject of a speech verb just before.
///
/// # What it does
/// For "the prime minister" / "the Conservative leader" (determiner `d`)
/// when no entity of the text holds that office, takes the nearest person
/// mention in the 80 tokens before, in the same or the previous paragraph,
/// that is not possessive, that is followed within three tokens by a speech
/// verb ("Michael Howard has said", "Tony Blair says") and whose entity
/// has no office of its own (a titled "Tory leader Michael Howard" is not
/// "the prime minister"), who did not speak of the office itself
/// between there and the descriptor, and whose sex (by honorific or first
/// name) is not contradicted by a "he" or "she" right after the cue.
///
/// # Why
/// News copy names the speaker once and then varies the reference ("X has
/// said. “…”, the Conservative leader said."); the conventions give such a
/// quote to the person, as they give "the Prime Minister" to the holder
/// named with that title. Without a speech verb to tie them, the nearest
/// person may be anyone (an object, someone quoted about), so the
/// descriptor is kept.
///
/// # Example
/// `Tom Hale has said the plan failed. “It is over,” the party leader
/// said.` → `Tom Hale`.
fn speaking_person_before(ctx: &Context<'_>, d: usize, office: usize) -> Option<usize> {
    let office_word = ctx.word(office);
    // "The Italian prime minister said that she was …": the pronoun after
    // the cue tells the holder's sex; a man named before is not her.
    let she = (office + 1..(office + 6).min(ctx.toks.len()))
        .take_while(|&k| !ctx.toks[k].in_quote() && !ctx.is_punct(k, "."))
        .find_map(|k| match ctx.word(k) {
            "she" => Some(true),
            "he" => Some(false),
            _ => None,
        });
    nearest_mention_before(ctx, d, 80, |m, e| {
        let female = || {
            e.female.or_else(|| {
                let (first, rest) = e.name.split_once(' ')?;
                (!rest.is_empty()).then(|| gender::of_first_name(first))?
            })
        };
        e.kind == EntityKind::Person
            && e.office.is_none()
            && !(she.is_some() && female().is_some_and(|f| Some(f) != she))
            && (m.last_token + 1..m.last_token + 4)
                .take_while(|&k| k < d)
                .any(|k| ctx.is_lower_word(k) && ctx.is(k, lexicon::CUE))
            // "Vince Cable said the chancellor had failed. … The chancellor
            // meanwhile insisted …": who spoke of the office holds it not.
            && !spoke_of(ctx, m.entity, d, office_word)
    })
}

/// Whether a mention of `entity` in the 300 tokens before `d` is followed
/// within ten tokens (or by `d`) by the word `office`.
fn spoke_of(ctx: &Context<'_>, entity: usize, d: usize, office: &str) -> bool {
    ctx.mentions_in(d.saturating_sub(300), d)
        .iter()
        .filter(|x| x.entity == entity)
        .any(|x| {
            (x.last_token + 1..(x.last_token + 11).min(d))
                .any(|k| ctx.word(k).eq_ignore_ascii_case(office))
        })
}

/// Letters after a name that are not part of it ("Ana Diaz MP", "Tom Hale
/// QC").
fn is_post_nominal(w: &str) -> bool {
    matches!(w, "MP" | "MEP" | "MSP" | "QC" | "KC" | "AM" | "Jr" | "Sr")
}

fn spokes_start(ctx: &Context<'_>, noun: usize, floor: usize) -> usize {
    let mut s = noun;
    while s > floor && s + 3 > noun && ctx.is_lower_word(s - 1) {
        let w = ctx.word(s - 1);
        if w == "a" || w == "an" || w == "the" {
            break;
        }
        s -= 1;
    }
    s
}

fn is_organisation(ctx: &Context<'_>, entity: usize) -> bool {
    matches!(
        ctx.entities.entities[entity].kind,
        EntityKind::Organisation | EntityKind::Place
    )
}

/// The organisation mentioned last in the 400 tokens before `before` whose
/// name holds the word `noun` ("Ministry of Communications" for "the
/// ministry").
fn recent_organisation_naming(ctx: &Context<'_>, before: usize, noun: &str) -> Option<usize> {
    ctx.mentions_in(before.saturating_sub(400), before)
        .iter()
        .rev()
        .take(30)
        .find(|m| {
            let e = &ctx.entities.entities[m.entity];
            e.kind == EntityKind::Organisation
                && e.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
        })
        .map(|m| m.entity)
}

/// The nearest organisation mentioned before token `before`, preferring
/// one that was the subject of a clause ("the UNECE said …").
fn recent_organisation(ctx: &Context<'_>, before: usize) -> Option<usize> {
    let ms = ctx.mentions_in(before.saturating_sub(400), before);
    let orgs = || {
        ms.iter()
            .rev()
            .take(30)
            .filter(|m| ctx.entities.entities[m.entity].kind == EntityKind::Organisation)
    };
    let sure = |m: &&crate::entities::Mention| !ctx.entities.entities[m.entity].guessed;
    orgs()
        .find(|m| sure(m) && is_subject_at(ctx, m.last_token))
        .or_else(|| orgs().find(|m| is_subject_at(ctx, m.last_token)))
        .or_else(|| orgs().find(sure))
        .or_else(|| orgs().next())
        .map(|m| m.entity)
}

/// "the source" / "the spokesman" taking up "a source …" / "a spokesman …"
/// named as a subject earlier in the paragraph.
///
/// # What it does
/// For a bare definite noun (`the source`, determiner `d`, noun `end`),
/// finds the same noun after `a`/`an` earlier in the paragraph (at most 80
/// tokens back: "A source familiar with the talks said …") and gives what
/// that phrase resolves to (the anonymous descriptor, or the organisation of
/// "a Downing Street spokesman"), with this mention.
///
/// # Why
/// The definite noun refers back to that source; the nearest organisation
/// (a newspaper the previous quote was told to) is someone else.
///
/// # Example
/// `A source close to the talks said …. “They are desperate,” the source
/// said.` → `source`.
fn same_unnamed_source(ctx: &Context<'_>, d: usize, end: usize) -> Option<Subject> {
    if end != d + 1 || d == 0 {
        return None;
    }
    let (para_start, _) = ctx.paragraph_tokens(d);
    let noun = ctx.word(end);
    let lo = d.saturating_sub(80).max(para_start + 1);
    let k = (lo..d).rev().find(|&k| {
        ctx.word(k).eq_ignore_ascii_case(noun)
            && matches!(ctx.word(k - 1), "a" | "A" | "an" | "An")
            && !ctx.toks[k].in_quote()
    })?;
    match ending_at(ctx, k, k - 1)? {
        Subject::Speaker(mut s) => {
            s.mention = ctx.toks[end].span();
            s.first = d;
            Some(Subject::Speaker(s))
        }
        Subject::Generic => None,
    }
}

/// The organisation a common noun before a spokesperson names: "the
/// executive spokeswoman" → the Scottish Executive, "the party spokesman" →
/// the Labour Party.
///
/// # What it does
/// For the lower-case words after the determiner `d` and before `end` (the
/// spokes noun, or one past an organisation noun: "the party said"), finds
/// the nearest organisation mentioned before whose name ends with one of
/// them (compared without case).
///
/// # Why
/// The nearest organisation that was a subject ("Police said …") is often
/// not the one the spokesperson speaks for; the modifier says which.
///
/// # Example
/// "The Scottish Executive … Police said … The executive spokeswoman said"
/// → `Scottish Executive`.
fn organisation_of_modifier(ctx: &Context<'_>, d: usize, end: usize) -> Option<usize> {
    if end <= d + 1 {
        return None;
    }
    let ms = ctx.mentions_in(d.saturating_sub(400), d);
    for k in d + 1..end {
        if !ctx.is_lower_word(k) {
            continue;
        }
        let w = ctx.word(k);
        let club = w.eq_ignore_ascii_case("club");
        if club || w.eq_ignore_ascii_case("party") {
            // ("Manchester City" is typed a place, as "Mexico City" is.)
            let ends = |last: &str| {
                let one_of = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(last));
                if club {
                    one_of(lexicon::CLUB_END_WORDS) || last.eq_ignore_ascii_case("city")
                } else {
                    one_of(PARTY_ENDS)
                }
            };
            if let Some(id) = most_mentioned_before(ctx, ms, ends) {
                return Some(id);
            }
            if club {
                continue;
            }
        }
        // The mention's last word (its name's last word, possessive
        // dropped), compared before the entity is looked at.
        let found = ms.iter().rev().take(30).find(|m| {
            lexicon::strip_possessive(ctx.word(m.last_token)).eq_ignore_ascii_case(w)
                && ctx.entities.entities[m.entity].kind == EntityKind::Organisation
        });
        if let Some(m) = found {
            return Some(m.entity);
        }
    }
    None
}

/// Who issued "the statement": the speaker of the clause that named a
/// statement earlier ("the club said in its statement", "In a statement,
/// the party said").
///
/// # What it does
/// For a bare "the statement" (determiner `d`, noun `end`), finds the same
/// noun up to 150 tokens back, outside quotes, in the same or the previous
/// paragraph; then a speech verb within four tokens before it ("said in its
/// statement") or within six after it ("In a statement, the club said"),
/// and resolves the subject ending just before that verb as any subject
/// is. Only a named entity is taken.
///
/// # Why
/// The nearest organisation that was a subject is often another body
/// named in between (a supporters' group, a regulator); the statement is
/// the one the text already gave to its source.
///
/// # Example
/// `In a statement, the council said it was sorry. … “…,” the statement
/// said.` → the council named before.
fn source_of_earlier_statement(ctx: &Context<'_>, d: usize, end: usize) -> Option<usize> {
    if end != d + 1 || !ctx.word(end).eq_ignore_ascii_case("statement") {
        return None;
    }
    let para = ctx.paragraph(d);
    let earlier = (d.saturating_sub(150)..d).rev().find(|&k| {
        ctx.word(k).eq_ignore_ascii_case("statement")
            && !ctx.toks[k].in_quote()
            && ctx.paragraph(k) + 1 >= para
    })?;
    let cue =
        |k: &usize| ctx.is_lower_word(*k) && ctx.is(*k, lexicon::CUE) && !ctx.toks[*k].in_quote();
    let verb = (earlier.saturating_sub(4)..earlier)
        .rev()
        .find(cue)
        .or_else(|| (earlier + 1..(earlier + 7).min(d)).find(cue))?;
    let floor = if verb < earlier {
        verb.saturating_sub(8)
    } else {
        earlier + 1
    };
    match ending_at(ctx, verb.checked_sub(1)?, floor)? {
        Subject::Speaker(Speaker {
            entity: Some(id), ..
        }) => Some(id),
        _ => None,
    }
}

/// Last words of a party's name as news names it ("Labour", "the
/// Conservatives", "Liberal Democrats", "Plaid Cymru").
const PARTY_ENDS: &[&str] = &[
    "labour",
    "conservative",
    "conservatives",
    "tory",
    "tories",
    "democrat",
    "democrats",
    "dem",
    "dems",
    "republican",
    "republicans",
    "ukip",
    "snp",
    "cymru",
    "unionists",
    "greens",
];

/// The organisation "the club" or "the party" names: of the organisations
/// (or places: "Manchester City" is typed a place, as "Mexico City" is)
/// mentioned before whose name's last word `ends` accepts, the one the text
/// mentions most; ties go to the nearest.
///
/// # Why
/// A story about a club or a party names other bodies near its statement:
/// a supporters' group ending the same way ("Shareholders United"), a
/// newspaper the comment appeared in; the club or party is the one the
/// story is about, so the one most mentioned.
///
/// # Example
/// "Harwick United … Supporters United said … Harwick United … the club
/// said" → `Harwick United`.
fn most_mentioned_before(
    ctx: &Context<'_>,
    ms: &[crate::entities::Mention],
    ends: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for m in ms.iter().rev().take(60) {
        let e = &ctx.entities.entities[m.entity];
        let last = e.name.rsplit(' ').next().unwrap_or("");
        if e.kind != EntityKind::Person
            && ends(last)
            && best.is_none_or(|(_, mentions)| e.mentions > mentions)
        {
            best = Some((m.entity, e.mentions));
        }
    }
    best.map(|(id, _)| id)
}

/// Whether the mention ending at token `last` is the subject of a clause:
/// a verb follows it (after adverbs).
pub(crate) fn is_subject_at(ctx: &Context<'_>, last: usize) -> bool {
    let mut k = last + 1;
    let mut steps = 0;
    while steps < 4 && k < ctx.toks.len() && is_adverb(ctx, k) {
        // A modal or `did` is itself the clause's verb ("Hale could face
        // charges"): [`is_adverb`] skips it only to reach a cue after it.
        if is_modal(ctx.word(k)) {
            return true;
        }
        k += 1;
        steps += 1;
    }
    ctx.is_verbish(k)
}

/// The auxiliaries [`is_adverb`] steps over that are finite verbs of their
/// own.
fn is_modal(w: &str) -> bool {
    matches!(w, "did" | "does" | "could" | "might" | "must" | "should")
}

/// Whether a person named by the mention ending at token `last` is the
/// subject of a present-tense verb not in the lexicon.
///
/// # What it does
/// After the adverbs [`is_subject_at`] skips, a lower-case word of five or
/// more letters ending in `s` (not `ss`, `us` or `is`) that is no function
/// word, followed by a determiner or `that` (an object or a clause starts:
/// a plural noun after a name, "Lib Dem parties around …", "Bay detainees.",
/// is not followed so).
///
/// # Why
/// News reports a source's stance in the present ("Prof Ruiz criticises
/// …", "Ms Diaz believes …"); the lexicon's verb lists hold speech cues
/// and common finite verbs only. Used for persons only, where a plural
/// noun straight after a name is rare (after an organisation it is not:
/// "Acme shares fell").
///
/// # Example
/// "Prof Ruiz criticises the plan. “…,” he says." → `he` is Prof Ruiz.
pub(crate) fn is_present_subject_at(ctx: &Context<'_>, last: usize) -> bool {
    let mut k = last + 1;
    let mut steps = 0;
    while steps < 3 && k < ctx.toks.len() && is_adverb(ctx, k) {
        k += 1;
        steps += 1;
    }
    if !ctx.is_lower_word(k) || ctx.is(k, lexicon::FUNCTION_WORD) {
        return false;
    }
    let w = ctx.word(k);
    w.len() >= 5
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
        && matches!(
            ctx.word(k + 1),
            "the" | "a" | "an" | "that" | "his" | "her" | "its" | "their" | "this" | "these"
        )
}

/// Whether the mention ending at token `last` is the subject of a speech
/// verb across an apposition, before token `before`.
///
/// # What it does
/// Accepts `NAME, <apposition>, VERB`, `NAME, <apposition> VERB` and `NAME
/// of/from/at <organisation> VERB`: a comma or one of those prepositions
/// right after the name, then within 16 tokens a speech verb after a comma
/// or a capitalised word (or any verb after the apposition's closing comma),
/// with no full stop, colon or quote in between. `NAME, said` right away
/// only when the name itself is an apposition (`The press secretary, NAME,
/// said`: a comma before where the name starts).
///
/// # Why
/// News copy introduces most sources with their job ("Lisa Ward, head of
/// policy at the Aids charity, said …"). A pronoun in the next sentence
/// ("…,” she said) refers to that person, not to an earlier plain subject.
///
/// # Example
/// "Ana Diaz, head of policy at the Shelter Trust said the rise was unfair.
/// “…,” she said." → `Ana Diaz`.
pub(crate) fn is_appositive_subject_at(
    ctx: &Context<'_>,
    m: &crate::entities::Mention,
    before: usize,
) -> bool {
    let last = m.last_token;
    // "Ken Ruiz QC, who …, said": the post-nominal is part of the name.
    let last = if is_post_nominal(ctx.word(last + 1)) {
        last + 1
    } else {
        last
    };
    if !ctx.is_punct(last + 1, ",") && !matches!(ctx.word(last + 1), "of" | "from" | "at") {
        return false;
    }
    let end = (last + 18).min(before).min(ctx.toks.len());
    let mut k = last + 2;
    while k < end {
        let t = &ctx.toks[k];
        if t.in_quote() || ctx.is_mark(k) || ctx.is_punct(k, ".") || ctx.is_punct(k, ":") {
            return false;
        }
        // "Kathy Hale, the governor, praised the vote": any verb right
        // after the apposition's closing comma.
        if ctx.is_punct(k - 1, ",") && k > last + 2 && ctx.is_verbish(k) {
            return true;
        }
        // "The Attorney General, Lord Hale, has so far issued …": the name
        // is the apposition, and any verb follows its closing comma.
        if k == last + 2 && ctx.is_punct(last + 1, ",") {
            let core = name_start(ctx, m);
            if core > 0 && ctx.is_punct(core - 1, ",") {
                let mut v = k;
                while v < k + 4 && v < end && is_adverb(ctx, v) {
                    v += 1;
                }
                if ctx.is_verbish(v) {
                    return true;
                }
            }
        }
        if ctx.is_lower_word(k) && ctx.is(k, lexicon::CUE) && !ctx.is(k, lexicon::WEAK_CUE) {
            // The verb must follow the apposition: after its closing comma
            // or right after a name that ends it ("… the Shelter Trust said").
            // "The press secretary, Ana Diaz, said": the name closes the
            // apposition, the verb follows its comma.
            if k == last + 2 {
                let core = name_start(ctx, m);
                return core > 0 && ctx.is_punct(core - 1, ",");
            }
            return ctx.is_punct(k - 1, ",") || !ctx.is_lower_word(k - 1);
        }
        k += 1;
    }
    false
}

/// Whether mention `m` cannot be a subject however a verb follows it: the
/// object of a preposition ("Pat Moore of the Rail Users Group said", "Tom
/// Hale, MP for North Wick, said"), or, for a person, a modifier after a
/// determiner ("The East Midlands MEP, who …"; a title such as "the
/// Cardinal" is no modifier). Read from where the name starts, past any job
/// title in the run ("Chief Secretary to the Treasury Ana Diaz" is a
/// subject).
fn is_object_or_modifier(ctx: &Context<'_>, m: &crate::entities::Mention, person: bool) -> bool {
    let core = name_start(ctx, m);
    let mut b = core;
    if b > 0 && ctx.word(b - 1).eq_ignore_ascii_case("the") {
        b -= 1;
    }
    let object = b > 0
        && matches!(
            ctx.word(b - 1),
            "of" | "from" | "at" | "for" | "in" | "with" | "by" | "to" | "on" | "against"
        );
    let modifier = person
        && core > 0
        && matches!(ctx.word(core - 1), "the" | "The" | "a" | "A" | "an" | "An")
        && !ctx.is(
            core,
            lexicon::ROLE_WORD | lexicon::OFFICE | lexicon::HONORIFIC,
        );
    object || modifier
}

/// The token where mention `m`'s name starts (its honorific or first name),
/// after any job title the run holds.
fn name_start(ctx: &Context<'_>, m: &crate::entities::Mention) -> usize {
    (m.first_token..=m.last_token)
        .find(|&k| ctx.toks[k].start() >= m.span.start)
        .unwrap_or(m.first_token)
}

/// Whether the mention starting at token `first` is an inverted subject:
/// `…, argued Mr Reyes` / `“…,” said Ana Diaz`.
///
/// # What it does
/// A lower-case speech verb right before the mention, itself right after a
/// comma or a closing quote mark, and the clause ending right after the
/// mention (a full stop, comma or semicolon). `told`/`tells` take an object,
/// never an inverted subject ("Ana Diaz, a lawyer, told Radio Hale that …").
///
/// # Why
/// "It was wrong, argued Mr Reyes. Pointing to pensions, he added: “…”" —
/// the pronoun refers to the inverted subject, which no verb follows.
///
/// # Example
/// "…, argued Mr Reyes. He added: “…”" → `Reyes`.
pub(crate) fn is_inverted_subject_at(ctx: &Context<'_>, first: usize, last: usize) -> bool {
    first >= 2
        && ctx.is_lower_word(first - 1)
        && ctx.is(first - 1, lexicon::CUE)
        && !ctx.is(first - 1, lexicon::WEAK_CUE)
        && !matches!(ctx.word(first - 1), "told" | "tells")
        && (ctx.is_punct(first - 2, ",") || ctx.is_mark(first - 2))
        && !lexicon::is_possessive(ctx.word(last))
        && (ctx.is_punct(last + 1, ".")
            || ctx.is_punct(last + 1, ",")
            || ctx.is_punct(last + 1, ";"))
}

/// Whether the person named by the mention ending at token `last` is the
/// subject of a relative clause right after it: `NAME, who VERB` or `NAME
/// who VERB` (adverbs may come before the verb).
///
/// # Why
/// "Labour's Mr Hale, who says he is “standing by” his words, had accused
/// …": the pronoun inside the clause, and the clause's quotes, are Hale's;
/// without this the nearest plain subject further back was taken. "…, who
/// he said …" is no such clause: `he` is no verb.
fn is_relative_subject_at(ctx: &Context<'_>, last: usize) -> bool {
    let who = last + 1 + usize::from(ctx.is_punct(last + 1, ","));
    if ctx.word(who) != "who" {
        return false;
    }
    let mut k = who + 1;
    while k < who + 4 && k < ctx.toks.len() && is_adverb(ctx, k) {
        k += 1;
    }
    ctx.is_verbish(k)
}

/// Whether the mention starting at token `first` is the agent of a passive
/// verb: `was welcomed by NAME`, `has been criticised by NAME`.
///
/// # Why
/// The agent does what the clause reports, as a subject would: "The report
/// was welcomed by David Willetts. “…,” he said." → Willetts, not an
/// earlier subject.
fn is_passive_agent_at(ctx: &Context<'_>, first: usize) -> bool {
    // "by", then perhaps a job title ("by shadow pensions secretary …").
    let mut by = first;
    while by > 0 && first - by < 6 && ctx.toks[by - 1].is_word() && ctx.word(by - 1) != "by" {
        by -= 1;
    }
    by >= 3
        && ctx.word(by - 1) == "by"
        && ctx.is_lower_word(by - 2)
        && ctx.word(by - 2).ends_with("ed")
        && (by.saturating_sub(5)..by - 2).any(|k| {
            matches!(
                ctx.word(k),
                "was" | "were" | "been" | "is" | "are" | "be" | "being"
            )
        })
}

/// Adverbs and auxiliaries that may sit between a subject and its verb.
pub(crate) fn is_adverb(ctx: &Context<'_>, i: usize) -> bool {
    if !ctx.is_lower_word(i) {
        return false;
    }
    let w = ctx.word(i);
    (w.ends_with("ly") && w.len() > 4 && w != "only")
        || matches!(
            w,
            "also"
                | "has"
                | "have"
                | "had"
                | "then"
                | "later"
                | "once"
                | "again"
                | "previously"
                | "now"
                | "further"
                | "recently"
                | "earlier"
                | "yesterday"
                | "today"
                | "subsequently"
                | "separately"
                | "too"
                | "already"
                | "still"
                | "swiftly"
                | "would"
                | "will"
                | "meanwhile"
                // "he did say …", "she could only say …": auxiliaries.
                | "did"
                | "does"
                | "could"
                | "might"
                | "must"
                | "should"
                // "Lord Ruiz has so far not issued …".
                | "not"
                | "instead"
                | "never"
                | "just"
                | "so"
                | "far"
                | "even"
        )
}

/// Resolves the pronoun at token `i` to the nearest fitting subject before.
fn pronoun(ctx: &Context<'_>, i: usize) -> Option<Subject> {
    pronoun_at(ctx, i, 0)
}

/// Where the sentence before the one holding token `i` starts (the
/// sentences end at `.`, `?` or `!` outside a quote; at most 120 tokens
/// back, within `i`'s paragraph), and the nearest word before `i` from
/// there, outside quotes, that is `pronoun` in any case. One pass back over
/// the tokens, reading each token's bytes only.
fn previous_sentence(ctx: &Context<'_>, i: usize, pronoun: &str) -> (usize, Option<usize>) {
    let (para_start, _) = ctx.paragraph_tokens(i);
    let lo = para_start.max(i.saturating_sub(120));
    let bytes = ctx.text.as_bytes();
    let p = pronoun.as_bytes();
    let mut same = None;
    let mut ends = 0;
    let mut k = i;
    while k > lo {
        k -= 1;
        let t = &ctx.toks[k];
        if t.in_quote() {
            continue;
        }
        let b = bytes.get(t.start()..t.end()).unwrap_or_default();
        if !t.is_word() {
            if matches!(b, b"." | b"?" | b"!") {
                ends += 1;
                if ends == 2 {
                    return (k + 1, same);
                }
            }
        } else if same.is_none() && b.eq_ignore_ascii_case(p) {
            same = Some(k);
        }
    }
    (lo, same)
}

/// [`pronoun`], `depth` pronouns down a chain ("… Mr Hale. But he warned
/// …. “…,” he said": the second `he` is the first one's).
///
/// # What it does
/// For `he`/`she`, looks first at the pronoun's own sentence and the one
/// before it. When no named person is the subject of a verb there:
/// - a `he`/`she` of the same gender there, outside quotes, is followed:
///   the pronoun means what that one means;
/// - otherwise the nearest fitting person named there as a source is
///   taken ("…, according to Mr Hale. He warned …", "Ana Diaz of the
///   Kelby Trust has questioned …", see [`is_source_at`]).
///
/// An unnamed subject there ("a spokesman said") leaves the choice to the
/// rest of [`pronoun_at`], as does a named subject.
///
/// # Why
/// The subject preference below reaches back four paragraphs: a subject
/// two sentences back beat the only person of the sentence just before,
/// and a chain of pronouns ("… Mr Hale. But he warned …. “…,” he told
/// the BBC") was resolved past its first link.
fn pronoun_at(ctx: &Context<'_>, i: usize, depth: usize) -> Option<Subject> {
    // Compared without lower-casing into a new string: no character
    // outside ASCII lower-cases to a letter of these words.
    let word = ctx.word(i);
    let is = |p: &str| word.eq_ignore_ascii_case(p);
    let want_person = is("he") || is("she");
    let want_org = is("it") || is("they");
    if !want_person && !want_org {
        return None;
    }
    // Mentions more than four paragraphs back are too far: those start
    // before the first token of paragraph `para - 4`.
    let para = ctx.paragraph(i) as usize;
    let floor = para.checked_sub(4).map_or(0, |p| ctx.paragraph_start(p));
    let ms = ctx.mentions_in(i.saturating_sub(600), i);
    // "he" is not a woman named "Mrs …", "she" not a "Mr …".
    let want_female = if is("he") {
        Some(false)
    } else if is("she") {
        Some(true)
    } else {
        None
    };
    let fits_kind = |e: &crate::entities::EntityInfo| (e.kind == EntityKind::Person) == want_person;
    // Read only for a candidate that would be taken: the name lists cost a
    // look-up.
    let fits_gender = |e: &crate::entities::EntityInfo| {
        let female = e.female.or_else(|| {
            // "Kathy Hochul": a common first name, when no honorific said.
            let (first, rest) = e.name.split_once(' ')?;
            (!rest.is_empty()).then(|| gender::of_first_name(first))?
        });
        !(want_female.is_some() && female.is_some() && female != want_female)
    };
    // "“That way, Mr Diaz can …,” he said": not Diaz, whom the quote names.
    let content = ctx.quote_content.get();
    let quote = ctx.text.get(content.start..content.end).unwrap_or_default();
    let named_in_quote = |e: &crate::entities::EntityInfo| {
        let surname = e.name.rsplit(' ').next().unwrap_or("");
        surname.len() > 2 && quote.contains(surname)
    };
    // "Mr Penn has failed, he claimed, …": the pronoun of a credit set off
    // by commas is not a person its interrupted clause names.
    let aside_from = credit_aside_start(ctx, i);
    let in_aside_clause =
        |m: &crate::entities::Mention| aside_from.is_some_and(|a| m.first_token >= a);
    // A nearer unnamed subject ("A Labour spokesman told …. “…,” he said").
    let unnamed = if want_person {
        unnamed_subject_before(ctx, i)
    } else {
        None
    };
    // (Skipped when the nearest person named is a plain subject: the
    // subject preference below takes that one anyway.)
    let nearest_is_subject = ms
        .iter()
        .rev()
        .find(|m| ctx.entities.entities[m.entity].kind == EntityKind::Person && !in_aside_clause(m))
        .is_some_and(|m| is_subject_at(ctx, m.last_token) && !ctx.toks[m.first_token].in_quote());
    if want_person && depth < 3 && !nearest_is_subject {
        let (from, same) = previous_sentence(ctx, i, word);
        let unnamed_near = unnamed.as_ref().is_some_and(|(at, _)| *at >= from);
        if !unnamed_near {
            let near = ctx.mentions_in(from, i);
            let person = |m: &crate::entities::Mention| {
                let e = &ctx.entities.entities[m.entity];
                e.kind == EntityKind::Person
                    && !lexicon::is_possessive(ctx.word(m.last_token))
                    && !ctx.toks[m.first_token].in_quote()
                    && !in_aside_clause(m)
            };
            let named_subject = near.iter().filter(|m| person(m)).any(|m| {
                let (subject, agent) = subject_of_clause(ctx, m, i, true);
                subject && (agent || !is_object_or_modifier(ctx, m, true))
            });
            if !named_subject {
                if let Some(j) = same {
                    return pronoun_at(ctx, j, depth + 1).map(|s| retarget(ctx, s, i));
                }
                let nearest = near.iter().rev().find(|m| {
                    let e = &ctx.entities.entities[m.entity];
                    person(m) && fits_gender(e) && !named_in_quote(e) && is_source_at(ctx, m)
                });
                if let Some(m) = nearest {
                    return Some(pronoun_speaker(ctx, m.entity, i));
                }
            }
        }
    }
    // "it said": an organisation first, a state or place only when no
    // organisation is near.
    if is("it") {
        for m in ms.iter().rev().take(40) {
            if m.first_token < floor {
                break;
            }
            let e = &ctx.entities.entities[m.entity];
            if e.kind == EntityKind::Organisation
                && !e.guessed
                && !lexicon::is_possessive(ctx.word(m.last_token))
                && is_subject_at(ctx, m.last_token)
            {
                return Some(pronoun_speaker(ctx, m.entity, i));
            }
        }
    }
    let mut fallback = None;
    for m in ms.iter().rev().take(40) {
        if m.first_token < floor {
            break;
        }
        if let Some((at, _)) = &unnamed {
            if m.last_token < *at {
                break;
            }
        }
        if lexicon::is_possessive(ctx.word(m.last_token))
            || !fits_kind(&ctx.entities.entities[m.entity])
            || in_aside_clause(m)
        {
            continue;
        }
        // A subject, unless a preposition or determiner says it is not
        // ("Pat Moore of the Rail Users Group said").
        let (subject, agent) = subject_of_clause(ctx, m, i, want_person);
        // (Read only for a candidate that would be taken.)
        let e = &ctx.entities.entities[m.entity];
        if (subject || fallback.is_none())
            && (!fits_gender(e) || (want_person && named_in_quote(e)))
        {
            continue;
        }
        if subject && (agent || !is_object_or_modifier(ctx, m, want_person)) {
            return Some(pronoun_speaker(ctx, m.entity, i));
        }
        if fallback.is_none() {
            fallback = Some(m.entity);
        }
    }
    if let Some((_, s @ Subject::Speaker(_))) = unnamed {
        return Some(retarget(ctx, s, i));
    }
    // "it" of an organisation must be a subject nearby; a person may not be.
    if want_person {
        fallback.map(|e| pronoun_speaker(ctx, e, i))
    } else if is("it") {
        unnamed_organisation_before(ctx, i).map(|s| retarget(ctx, s, i))
    } else {
        None
    }
}

/// The nearest organisation named by a common noun that is the subject of a
/// verb in the 60 tokens before `i`: "The US government denied the claims.
/// In a statement, it said …" → `US government`.
///
/// # Why
/// Such a subject is no entity, so "it" found no organisation and the
/// statement had no speaker.
fn unnamed_organisation_before(ctx: &Context<'_>, i: usize) -> Option<Subject> {
    let lo = i.saturating_sub(60);
    let (para_start, _) = ctx.paragraph_tokens(i);
    let floor = ctx
        .paragraph(i)
        .checked_sub(1)
        .map_or(para_start, |p| ctx.paragraph_start(p as usize))
        .max(lo);
    let mut k = i;
    while k > floor {
        k -= 1;
        if ctx.toks[k].in_quote() || !ctx.is_lower_word(k) {
            continue;
        }
        if ctx.is(k, lexicon::ORGANISATION_NOUN) && is_subject_at(ctx, k) {
            return match ending_at(ctx, k, k.saturating_sub(6).max(floor)) {
                Some(s @ Subject::Speaker(_)) => Some(s),
                _ => None,
            };
        }
    }
    None
}

/// Where the clause interrupted by the credit of pronoun `i` starts, when
/// the pronoun opens a credit set off by commas that ends the clause (`…,
/// he claimed, saying …` or `…, he said.`): the first token of its sentence (after the last `.`, `?`,
/// `!` or `:` outside quotes, within 60 tokens and its paragraph).
fn credit_aside_start(ctx: &Context<'_>, i: usize) -> Option<usize> {
    if i == 0 || !ctx.is_punct(i - 1, ",") {
        return None;
    }
    let cue = i + 1;
    if !ctx.is_lower_word(cue) || !ctx.is(cue, lexicon::CUE) {
        return None;
    }
    if !(ctx.is_punct(cue + 1, ",") || ctx.is_punct(cue + 1, ".")) {
        return None;
    }
    // "… the prime minister who, he claims, is “ramming” …": a finite verb
    // after the credit goes on with the clause it interrupts, whose subject
    // may be further back.
    if ctx.is_punct(cue + 1, ",") && ctx.is_verbish(cue + 2) && !ctx.word(cue + 2).ends_with("ing")
    {
        return None;
    }
    let (para_start, _) = ctx.paragraph_tokens(i);
    let lo = para_start.max(i.saturating_sub(60));
    let mut k = i - 1;
    while k > lo {
        let t = &ctx.toks[k - 1];
        if !t.in_quote()
            && (ctx.is_punct(k - 1, ".")
                || ctx.is_punct(k - 1, "?")
                || ctx.is_punct(k - 1, "!")
                || ctx.is_punct(k - 1, ":"))
        {
            break;
        }
        k -= 1;
    }
    Some(k)
}

/// The nearest unnamed individual subject ("a spokesman told", "a senior
/// official said") in the 80 tokens before `i`, in the same paragraph.
fn unnamed_subject_before(ctx: &Context<'_>, i: usize) -> Option<(usize, Subject)> {
    if i >= ctx.toks.len() {
        return None;
    }
    let (para_start, _) = ctx.paragraph_tokens(i);
    // The 80 tokens before `i`, nearest first.
    let lo = i.saturating_sub(80);
    let window = ctx.toks.get(lo..i)?;
    for (off, t) in window.iter().enumerate().rev() {
        let k = lo + off;
        if k < para_start {
            return None;
        }
        if t.in_quote() || !t.is_word() || t.capitalised() {
            continue;
        }
        if t.bits() & lexicon::SOURCE_NOUN != 0 && is_subject_at(ctx, k) {
            let floor = k.saturating_sub(6);
            return match ending_at(ctx, k, floor) {
                Some(s @ Subject::Speaker(_)) => Some((k, s)),
                _ => None,
            };
        }
    }
    None
}

/// Whether mention `m` is the subject of a clause before token `i`, and
/// whether as the agent of a passive verb: `(subject, agent)`. For a
/// person (`person`), also across an apposition, inverted, of a
/// present-tense verb or a relative clause; for anyone, as a passive's
/// agent. A subject may still be ruled out by [`is_object_or_modifier`], an
/// agent may not (it follows "by").
fn subject_of_clause(
    ctx: &Context<'_>,
    m: &crate::entities::Mention,
    i: usize,
    person: bool,
) -> (bool, bool) {
    let subject = is_subject_at(ctx, m.last_token)
        || (person
            && (is_appositive_subject_at(ctx, m, i)
                || is_inverted_subject_at(ctx, m.first_token, m.last_token)
                || is_present_subject_at(ctx, m.last_token)
                || is_relative_subject_at(ctx, m.last_token)));
    // The agent of a passive verb follows a preposition, but acts ("… is
    // expected to be opposed by the Liberal Democrats. They have said …").
    let agent = !subject && is_passive_agent_at(ctx, m.first_token);
    (subject || agent, agent)
}

/// Whether mention `m` names a source: after "according to" (a few
/// capitalised words or `the` between: "according to the Kelby Trust's Mr
/// Hale"), or the subject of a verb after an `of`/`from`/`at` phrase of
/// capitalised words ("Ana Diaz of the Kelby Trust has questioned …").
fn is_source_at(ctx: &Context<'_>, m: &crate::entities::Mention) -> bool {
    let mut k = m.first_token;
    let lo = k.saturating_sub(8);
    while k > lo && ctx.toks[k - 1].is_word() && !ctx.is(k - 1, lexicon::CUE) {
        if k >= 2 && ctx.word(k - 1) == "to" && ctx.word(k - 2).eq_ignore_ascii_case("according") {
            return true;
        }
        let w = ctx.word(k - 1);
        if !(ctx.toks[k - 1].capitalised() || w == "the" || w == "to") {
            break;
        }
        k -= 1;
    }
    let mut n = m.last_token + 1;
    if !matches!(ctx.word(n), "of" | "from" | "at") {
        return false;
    }
    n += 1;
    let end = n + 6;
    while n < end && (ctx.word(n) == "the" || ctx.toks.get(n).is_some_and(|t| t.capitalised())) {
        n += 1;
    }
    let mut steps = 0;
    while steps < 4 && n < ctx.toks.len() && is_adverb(ctx, n) {
        n += 1;
        steps += 1;
    }
    ctx.is_verbish(n)
}

/// A subject found for an earlier pronoun, given to the pronoun at token
/// `i`: its mention is that pronoun.
fn retarget(ctx: &Context<'_>, subject: Subject, i: usize) -> Subject {
    match subject {
        Subject::Speaker(mut s) => {
            s.mention = ctx.toks[i].span();
            s.first = i;
            Subject::Speaker(s)
        }
        other => other,
    }
}

fn pronoun_speaker(ctx: &Context<'_>, entity: usize, i: usize) -> Subject {
    named(ctx, entity, ctx.toks[i].span(), i)
}

/// The person an inverted job phrase names in apposition: `said its chief
/// executive, Sir Ana Diaz`.
///
/// # What it does
/// From the job noun at `k`, skips the job words that go on (`chief
/// executive`), then takes a comma followed by a person's name.
///
/// # Why
/// The job alone resolves to an anonymous descriptor ("chief") when the
/// article names the holder right after it; the name is the speaker.
///
/// # Example
/// "…”, said its chief executive, Sir Ana Diaz." → `Ana Diaz`.
fn named_in_apposition(ctx: &Context<'_>, k: usize) -> Option<Subject> {
    let mut n = k + 1;
    while n < k + 4 && ctx.is_lower_word(n) && ctx.is(n, lexicon::ROLE_WORD | lexicon::SOURCE_NOUN)
    {
        if ctx.is(n, lexicon::FUNCTION_WORD) {
            return None;
        }
        n += 1;
    }
    if !ctx.is_punct(n, ",") {
        return None;
    }
    let m = ctx.mention_starting_at(n + 1).copied()?;
    if ctx.entities.entities[m.entity].kind != EntityKind::Person {
        return None;
    }
    Some(named(ctx, m.entity, m.span, k))
}

/// The subject phrase starting at token `start` (after an inverted cue:
/// "…,” said Ana Diaz, an economist"), looking at most a few tokens on.
pub(crate) fn starting_at(ctx: &Context<'_>, start: usize, limit: usize) -> Option<Subject> {
    let limit = limit.min(start + 8).min(ctx.toks.len());
    let mut k = start;
    while k < limit {
        let t = &ctx.toks[k];
        if t.in_quote() || !t.is_word() {
            return None;
        }
        // "said one of the people, who …", "said one of them".
        if k == start && ctx.word(k).eq_ignore_ascii_case("one") && ctx.word(k + 1) == "of" {
            let end = if ctx.word(k + 2) == "the" {
                k + 3
            } else {
                k + 2
            };
            if end < limit {
                return one_of_group(ctx, end, start);
            }
        }
        if k == start && ctx.is(k, lexicon::PRONOUN) {
            return pronoun(ctx, k);
        }
        if let Some(m) = ctx.mention_covering(k).copied() {
            // "said Ana Diaz and Tom Hale".
            let last = m.last_token;
            if ctx.word(last + 1) == "and" {
                if let Some(n) = ctx.mention_starting_at(last + 2) {
                    return ending_at(ctx, n.last_token, start);
                }
            }
            // "said NATO’s Rutte".
            if lexicon::is_possessive(ctx.word(last)) {
                if let Some(n) = ctx.mention_starting_at(last + 1) {
                    return Some(named(ctx, n.entity, n.span, start));
                }
            }
            // "predicted Acme equity strategist Ana Diaz": the person after
            // the organisation and the job.
            // The same with an organisation the entities took for a person
            // ("said Morgan Lane chief executive Ana Diaz"), when only job
            // words sit between the two names.
            let org = is_organisation(ctx, m.entity);
            {
                let mut n = last + 1;
                while n < last + 5 && ctx.is_lower_word(n) && !ctx.is(n, lexicon::FUNCTION_WORD) {
                    n += 1;
                }
                let job = ctx.is(n - 1, lexicon::ROLE_WORD | lexicon::SOURCE_NOUN);
                if n > last + 1 && (org || job) {
                    if let Some(p) = ctx.mention_starting_at(n).copied() {
                        if ctx.entities.entities[p.entity].kind == EntityKind::Person {
                            return ending_at(ctx, p.last_token, start);
                        }
                    }
                }
            }
            return ending_at(ctx, last, start.min(m.first_token));
        }
        if ctx.is_lower_word(k) {
            let nouny = ctx.is(k, lexicon::SOURCE_NOUN)
                || ctx.is(k, lexicon::SPOKES_NOUN)
                || ctx.is(k, lexicon::ORGANISATION_NOUN)
                || ctx.is(k, lexicon::OFFICE)
                || ctx.is(k, lexicon::GENERIC_PLURAL);
            let next_for = ctx.word(k + 1) == "for";
            let name_follows = ctx.mention_starting_at(k + 1).is_some();
            if nouny && !next_for && !name_follows {
                if let Some(s) = named_in_apposition(ctx, k) {
                    return Some(s);
                }
                // "said a source close to the negotiations".
                if let Some(s) = post_modifier_end(ctx, k, limit)
                    .and_then(|e| post_modified_source(ctx, e, start))
                {
                    return Some(s);
                }
                return ending_at(ctx, k, start);
            }
            if ctx.is(k, lexicon::CUE) || ctx.word(k) == "that" {
                return None;
            }
        }
        k += 1;
    }
    None
}
