//! The one multilingual phrase table (English, German, French, Spanish, and the commonest
//! labels in Italian and Portuguese), keyed by [`Boilerplate`] kind. Phrases are lower-case;
//! [`normalize`] brings page text to the same form (lower-case, collapsed spaces, trailing
//! `:` `…` `»` and the like dropped).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::removal::Boilerplate;

/// How a phrase must match a normalized label.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Shape {
    /// The whole label is the phrase.
    Whole(&'static str),
    /// The label starts with the phrase and goes on ("related posts to this story").
    Prefix(&'static str),
    /// The phrase stands anywhere in the label ("© 2016 Site. All rights reserved.").
    Contains(&'static str),
}

impl Shape {
    /// `true` when the normalized label `norm` matches.
    fn matches(self, norm: &str) -> bool {
        match self {
            Shape::Whole(p) => norm == p,
            Shape::Prefix(p) => norm.starts_with(p),
            Shape::Contains(p) => norm.contains(p),
        }
    }
}

/// Labels (headings, captions, short lines) that name a boilerplate section.
pub(crate) static SECTION_LABELS: &[(Boilerplate, &[Shape])] = &[
    (
        Boilerplate::RelatedPosts,
        &[
            // EN
            Shape::Whole("check also"),
            Shape::Whole("related"),
            Shape::Prefix("related posts"),
            Shape::Prefix("related articles"),
            Shape::Prefix("related stories"),
            Shape::Prefix("related news"),
            Shape::Prefix("related content"),
            Shape::Prefix("related reading"),
            Shape::Prefix("you may also like"),
            Shape::Prefix("you might also like"),
            Shape::Whole("you might like"),
            Shape::Whole("you may like"),
            Shape::Prefix("you may be interested"),
            Shape::Prefix("you might be interested"),
            Shape::Whole("read more"),
            // A teaser line: "READ MORE: Plague confirmed in Beijing", "[Related: ...]".
            Shape::Prefix("read more:"),
            Shape::Prefix("related:"),
            Shape::Whole("read also"),
            Shape::Whole("read next"),
            Shape::Whole("more stories"),
            Shape::Whole("more articles"),
            Shape::Prefix("more from"),
            Shape::Prefix("more on this"),
            Shape::Whole("recommended"),
            Shape::Prefix("recommended for you"),
            // A shop's trail of the visitor's own browsing and of other searches.
            Shape::Prefix("recently viewed"),
            Shape::Whole("related searches"),
            Shape::Whole("explore related questions"),
            Shape::Prefix("see similar questions with these tags"),
            Shape::Prefix("recommended articles"),
            Shape::Whole("most popular"),
            Shape::Whole("most read"),
            Shape::Prefix("most read in"),
            Shape::Whole("popular posts"),
            Shape::Whole("recent posts"),
            Shape::Whole("latest posts"),
            Shape::Whole("latest news"),
            Shape::Whole("trending"),
            Shape::Whole("trending now"),
            Shape::Whole("don't miss"),
            Shape::Whole("see also"),
            Shape::Whole("top stories"),
            Shape::Whole("more news"),
            Shape::Whole("recent"),
            Shape::Whole("explore further"),
            Shape::Whole("also read"),
            Shape::Prefix("related topics"),
            Shape::Prefix("recommended stories"),
            Shape::Prefix("other related articles"),
            Shape::Prefix("other posts you may"),
            Shape::Whole("trending topics"),
            Shape::Whole("what's trending"),
            Shape::Whole("what’s trending"),
            Shape::Whole("trending searches"),
            Shape::Prefix("more by the author"),
            Shape::Prefix("top posters in this topic"),
            // A shop's cross-selling rows.
            Shape::Prefix("customers who bought this"),
            Shape::Prefix("customers also bought"),
            Shape::Prefix("customers also viewed"),
            // DE
            Shape::Whole("auch interessant"),
            Shape::Prefix("das könnte sie auch interessieren"),
            Shape::Prefix("das könnte dich auch interessieren"),
            Shape::Whole("mehr zum thema"),
            Shape::Whole("weitere artikel"),
            Shape::Whole("ähnliche artikel"),
            Shape::Whole("meistgelesen"),
            Shape::Whole("lesen sie auch"),
            // FR
            Shape::Whole("lire aussi"),
            Shape::Whole("à lire aussi"),
            Shape::Whole("a lire aussi"),
            Shape::Whole("sur le même sujet"),
            Shape::Prefix("vous aimerez aussi"),
            Shape::Prefix("vous aimerez peut-être"),
            Shape::Whole("articles similaires"),
            Shape::Whole("les plus lus"),
            // ES
            Shape::Whole("te puede interesar"),
            Shape::Whole("le puede interesar"),
            Shape::Whole("también te puede interesar"),
            Shape::Whole("artículos relacionados"),
            Shape::Whole("noticias relacionadas"),
            Shape::Whole("lee también"),
            Shape::Whole("más noticias"),
            Shape::Whole("lo más leído"),
            // IT, PT
            Shape::Whole("articoli correlati"),
            Shape::Whole("leia também"),
            Shape::Whole("veja também"),
            Shape::Whole("artigos relacionados"),
            Shape::Whole("notícias relacionadas"),
            Shape::Prefix("você pode gostar"),
            Shape::Prefix("você também pode gostar"),
            Shape::Prefix("você também pode se interessar"),
            Shape::Prefix("ti potrebbe interessare"),
            Shape::Prefix("potrebbe interessarti"),
        ],
    ),
    (
        Boilerplate::CommentForm,
        &[
            Shape::Whole("leave a reply"),
            Shape::Prefix("leave a comment"),
            Shape::Whole("post a comment"),
            Shape::Whole("add a comment"),
            Shape::Whole("write a comment"),
            Shape::Whole("join the discussion"),
            Shape::Whole("join the conversation"),
            Shape::Whole("share your thoughts"),
            Shape::Prefix("your email address will not be published"),
            Shape::Whole("schreibe einen kommentar"),
            Shape::Whole("kommentar schreiben"),
            Shape::Whole("hinterlasse einen kommentar"),
            Shape::Whole("laisser un commentaire"),
            Shape::Whole("laisser une réponse"),
            Shape::Whole("deja un comentario"),
            Shape::Whole("deja una respuesta"),
            Shape::Whole("dejar un comentario"),
            Shape::Whole("lascia un commento"),
            Shape::Whole("deixe um comentário"),
            Shape::Whole("deixe seu comentário"),
            Shape::Whole("tell us what you think"),
            Shape::Contains("sign in to comment"),
            Shape::Contains("log in to comment"),
        ],
    ),
    (
        Boilerplate::CommentSection,
        &[
            Shape::Whole("comments"),
            Shape::Whole("responses"),
            Shape::Whole("discussion"),
            Shape::Whole("comments are closed"),
            Shape::Prefix("please enable javascript to view the comments"),
            Shape::Whole("show comments"),
            Shape::Whole("view comments"),
            Shape::Whole("kommentare"),
            Shape::Whole("commentaires"),
            Shape::Whole("comentarios"),
            Shape::Whole("commenti"),
            Shape::Whole("nessun commento"),
            Shape::Whole("comentários"),
        ],
    ),
    (
        Boilerplate::ShareBar,
        &[
            Shape::Whole("share this"),
            Shape::Whole("share"),
            Shape::Prefix("share this article"),
            Shape::Prefix("share this post"),
            Shape::Prefix("share on"),
            Shape::Prefix("share this on"),
            Shape::Prefix("share via"),
            Shape::Whole("follow us"),
            Shape::Prefix("like us on"),
            Shape::Whole("like this"),
            Shape::Whole("teilen"),
            Shape::Whole("artikel teilen"),
            Shape::Whole("partager"),
            Shape::Whole("partager cet article"),
            Shape::Whole("compartir"),
            Shape::Whole("compartir en"),
            Shape::Whole("condividi"),
            Shape::Whole("compartilhe"),
            Shape::Whole("compartilhar"),
            Shape::Prefix("like this story? share it"),
        ],
    ),
    (
        Boilerplate::Newsletter,
        &[
            Shape::Prefix("subscribe to our newsletter"),
            Shape::Prefix("click here to subscribe"),
            Shape::Prefix("sign up for our newsletter"),
            Shape::Prefix("get our newsletter"),
            Shape::Whole("newsletter"),
            Shape::Prefix("join our newsletter"),
            Shape::Prefix("join our mailing list"),
            Shape::Prefix("newsletter abonnieren"),
            Shape::Prefix("abonnez-vous à notre newsletter"),
            Shape::Prefix("inscrivez-vous à notre newsletter"),
            Shape::Prefix("suscríbete a nuestro boletín"),
            Shape::Prefix("suscríbete a nuestra newsletter"),
            // A paywall's prompt under a story's first lines.
            Shape::Whole("to read the full story"),
            Shape::Prefix("subscribe to continue reading"),
            Shape::Prefix("get more stuff like this"),
            Shape::Contains("right in your inbox"),
            Shape::Contains("straight to your inbox"),
            Shape::Contains("delivered to your inbox"),
            Shape::Contains("get updates from this writer"),
            Shape::Whole("ready for more?"),
            // Appeals for support, a subscription's cousin.
            Shape::Contains("click here to support"),
            Shape::Prefix("support our journalism"),
            Shape::Prefix("support independent journalism"),
            Shape::Whole("donate"),
            Shape::Whole("donate now"),
            Shape::Whole("donate today"),
        ],
    ),
    (
        Boilerplate::Advertisement,
        &[
            Shape::Whole("advertisement"),
            Shape::Whole("article continues below"),
            Shape::Whole("advertise with us"),
            Shape::Whole("sponsor this newsletter"),
            Shape::Whole("in partnership with"),
            Shape::Whole("story continues below"),
            Shape::Whole("continue reading below"),
            Shape::Whole("advertising"),
            Shape::Whole("sponsored"),
            Shape::Whole("sponsored content"),
            Shape::Whole("anzeige"),
            Shape::Whole("werbung"),
            Shape::Whole("publicité"),
            Shape::Whole("publicidad"),
            Shape::Whole("publicidade"),
            Shape::Whole("pubblicità"),
            Shape::Whole("reklama"),
            Shape::Whole("iklan"),
            Shape::Whole("sponsored links"),
        ],
    ),
    (
        Boilerplate::Widget,
        &[
            // EN
            Shape::Whole("learn more"),
            Shape::Whole("book now"),
            Shape::Whole("buy now"),
            Shape::Whole("shop now"),
            Shape::Whole("add to cart"),
            Shape::Whole("add to basket"),
            Shape::Whole("add to wishlist"),
            Shape::Whole("add to quote"),
            Shape::Whole("quickview"),
            Shape::Whole("quick view"),
            Shape::Whole("get started"),
            Shape::Whole("load more"),
            Shape::Whole("show more"),
            Shape::Whole("see more"),
            Shape::Whole("view all"),
            Shape::Whole("see all"),
            Shape::Whole("copy link"),
            Shape::Whole("loading"),
            Shape::Whole("close"),
            Shape::Whole("menu"),
            Shape::Whole("search"),
            Shape::Whole("sign in"),
            Shape::Whole("log in"),
            Shape::Whole("login"),
            Shape::Whole("sign up"),
            Shape::Whole("register"),
            Shape::Whole("contact us"),
            // Calls to action between a service page's sections.
            Shape::Whole("contact sales"),
            Shape::Whole("talk to sales"),
            Shape::Whole("talk to an expert"),
            Shape::Whole("speak to an expert"),
            Shape::Whole("see plans"),
            Shape::Whole("see pricing"),
            Shape::Whole("view pricing"),
            Shape::Whole("see packages"),
            Shape::Whole("start a free trial"),
            Shape::Whole("start free trial"),
            Shape::Whole("start your free trial"),
            Shape::Whole("try it free"),
            Shape::Whole("try for free"),
            Shape::Whole("book a demo"),
            Shape::Whole("request a demo"),
            Shape::Whole("get a demo"),
            Shape::Whole("view on amazon"),
            Shape::Whole("check price"),
            Shape::Whole("pin for later"),
            Shape::Whole("ask question"),
            Shape::Whole("request a quote"),
            Shape::Whole("get a quote"),
            Shape::Whole("request demo"),
            Shape::Whole("sign up free"),
            Shape::Whole("get in touch"),
            Shape::Whole("apply now"),
            Shape::Whole("download now"),
            Shape::Whole("open in app"),
            Shape::Whole("play video"),
            Shape::Whole("back to blog"),
            Shape::Whole("read the review"),
            Shape::Whole("start for free"),
            Shape::Whole("get started for free"),
            Shape::Whole("watch demo"),
            Shape::Whole("watch the demo"),
            Shape::Whole("read success story"),
            Shape::Whole("read blog"),
            Shape::Whole("see details"),
            Shape::Whole("know more"),
            Shape::Whole("find out more"),
            Shape::Whole("select a plan"),
            Shape::Whole("show all features"),
            // A shop's buy box and filters.
            Shape::Whole("out of stock"),
            Shape::Whole("sold out"),
            Shape::Whole("notify me"),
            Shape::Whole("select a size"),
            Shape::Whole("filter and sort"),
            Shape::Whole("sort by"),
            Shape::Whole("back to top"),
            Shape::Whole("previous next"),
            Shape::Whole("skip to content"),
            Shape::Whole("skip to main content"),
            Shape::Whole("reply to comment"),
            Shape::Whole("click to expand"),
            Shape::Whole("improve this answer"),
            Shape::Whole("improve this question"),
            // A thread's controls around its posts (Q&A and forum software).
            Shape::Whole("reply with quote"),
            Shape::Whole("jump to latest"),
            Shape::Prefix("sorted by: reset to default"),
            Shape::Whole("start asking to get answers"),
            Shape::Prefix("find the answer to your question by asking"),
            Shape::Whole("help & report"),
            Shape::Whole("was this helpful?"),
            Shape::Whole("was this page helpful?"),
            Shape::Whole("was this article helpful?"),
            Shape::Whole("pin this for later"),
            Shape::Whole("submit correction"),
            Shape::Whole("create an account"),
            Shape::Whole("close form"),
            Shape::Whole("sign in or join"),
            Shape::Whole("sign in or register"),
            Shape::Whole("log in or register"),
            Shape::Prefix("see price at"),
            Shape::Prefix("you are not logged in"),
            Shape::Whole("report"),
            Shape::Whole("quote"),
            Shape::Whole("toggle navigation"),
            Shape::Whole("table of contents"),
            Shape::Whole("caption"),
            Shape::Whole("report error"),
            Shape::Whole("get short url"),
            Shape::Whole("back to gallery"),
            Shape::Whole("view gallery"),
            Shape::Whole("advert"),
            Shape::Whole("subscribe"),
            Shape::Whole("video"),
            Shape::Whole("media playback is unsupported on your device"),
            Shape::Whole("this slideshow requires javascript"),
            // A script-filled page's notice to visitors without scripts (often `noscript`).
            Shape::Prefix("you need to enable javascript"),
            Shape::Prefix("please enable javascript"),
            Shape::Prefix("javascript is disabled"),
            Shape::Prefix("javascript must be enabled"),
            Shape::Prefix("this site requires javascript"),
            Shape::Whole("jump to navigation"),
            Shape::Whole("jump to search"),
            Shape::Whole("jump to content"),
            Shape::Whole("skip navigation links"),
            Shape::Whole("skip navigation"),
            Shape::Whole("skip to navigation"),
            Shape::Whole("skip to main navigation"),
            Shape::Whole("skip to footer"),
            Shape::Whole("skip to product list"),
            Shape::Whole("skip to search results"),
            Shape::Whole("skip to results"),
            Shape::Whole("skip to filters"),
            Shape::Whole("skip to sort"),
            Shape::Whole("skip to selected filters"),
            // DE
            Shape::Whole("mehr erfahren"),
            Shape::Whole("jetzt kaufen"),
            Shape::Whole("in den warenkorb"),
            Shape::Whole("weiterlesen"),
            Shape::Whole("anmelden"),
            Shape::Whole("suche"),
            Shape::Whole("schließen"),
            // FR
            Shape::Whole("en savoir plus"),
            Shape::Whole("ajouter au panier"),
            Shape::Whole("lire la suite"),
            Shape::Whole("se connecter"),
            Shape::Whole("rechercher"),
            Shape::Whole("fermer"),
            // ES
            Shape::Whole("más información"),
            Shape::Whole("añadir al carrito"),
            Shape::Whole("leer más"),
            Shape::Whole("iniciar sesión"),
            Shape::Whole("buscar"),
            Shape::Whole("cerrar"),
        ],
    ),
    (
        Boilerplate::CookieNotice,
        &[
            Shape::Contains("we use cookies"),
            Shape::Contains("uses cookies"),
            Shape::Contains("use of cookies"),
            Shape::Contains("cookie policy"),
            Shape::Contains("cookie settings"),
            Shape::Contains("verwendet cookies"),
            Shape::Contains("verwenden cookies"),
            Shape::Contains("utilise des cookies"),
            Shape::Contains("utilisons des cookies"),
            Shape::Contains("utiliza cookies"),
            Shape::Contains("utilizamos cookies"),
        ],
    ),
    (
        Boilerplate::Footer,
        &[
            Shape::Prefix("copyright"),
            Shape::Contains("all rights reserved"),
            Shape::Contains("alle rechte vorbehalten"),
            Shape::Contains("tous droits réservés"),
            Shape::Contains("todos los derechos reservados"),
        ],
    ),
    (
        Boilerplate::ArticleMeta,
        &[
            Shape::Prefix("reporting by"),
            Shape::Prefix("image copyright"),
            Shape::Prefix("additional reporting by"),
            Shape::Prefix("editing by"),
            Shape::Prefix("edited by"),
            Shape::Prefix("writing by"),
            Shape::Prefix("compiled by"),
            Shape::Prefix("mit material von"),
            Shape::Prefix("avec afp"),
            Shape::Prefix("con información de"),
            // "Filed under: Politics |", a post's category line.
            Shape::Prefix("filed under"),
            // "Keith Bradsher contributed reporting from Hong Kong."
            Shape::Contains("contributed reporting"),
            Shape::Contains("contributed to this report"),
            // "Tags: BGR Deals", a post's tag line, and the label over a list of tags.
            Shape::Whole("tags"),
            Shape::Prefix("tags:"),
            Shape::Prefix("tag:"),
            Shape::Prefix("tagged:"),
            Shape::Prefix("tagged with"),
            // A forum post's badge and its app's signature ("Sent from my iPhone using
            // Tapatalk").
            Shape::Whole("original poster"),
            Shape::Prefix("sent from my"),
            Shape::Prefix("schlagwörter:"),
            Shape::Prefix("mots-clés:"),
            Shape::Prefix("etiquetas:"),
        ],
    ),
];

/// Longest credit label, in bytes ("Crédit photo" and friends are far shorter).
const MAX_CREDIT_LABEL_BYTES: usize = 40;

/// Words that label an image credit: a caption that is only one of these (plus `:`) names
/// no one and goes. "Image Source: NASA" keeps its credit.
pub(crate) static CREDIT_LABELS: &[&str] = &[
    // EN
    "image source",
    "image credit",
    "image credits",
    "image",
    "photo",
    "photo credit",
    "photos",
    "picture",
    "source",
    "credit",
    "credits",
    "courtesy",
    // DE
    "bild",
    "bildquelle",
    "foto",
    "fotos",
    "quelle",
    // FR
    "crédit",
    "crédits",
    "crédit photo",
    "source image",
    // ES
    "fuente",
    "imagen",
    "crédito",
    "créditos",
];

/// Labels of a comment form's fields and buttons, lower-case without the `*` or `:`.
pub(crate) static FORM_FIELDS: &[&str] = &[
    // EN
    "name",
    "email",
    "e-mail",
    "website",
    "url",
    "comment",
    "your comment",
    "post comment",
    "submit comment",
    "submit",
    "required fields are marked",
    "save my name, email, and website in this browser for the next time i comment",
    "notify me of follow-up comments by email",
    "notify me of new posts by email",
    "cancel reply",
    "log in to reply",
    // DE
    "kommentar",
    "kommentar abschicken",
    "webseite",
    "e-mail-adresse",
    // FR
    "nom",
    "commentaire",
    "site web",
    "laisser un commentaire",
    "envoyer",
    // ES
    "nombre",
    "comentario",
    "correo electrónico",
    "sitio web",
    "publicar comentario",
    "enviar",
];

/// Social networks and share targets: a line that is only one of these is a share button.
pub(crate) static SHARE_TARGETS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "pinterest",
    "whatsapp",
    "telegram",
    "reddit",
    "email",
    "e-mail",
    "print",
    "tumblr",
    "pocket",
    "flipboard",
    "instagram",
    "youtube",
    "share",
    "tweet",
    "pin it",
    "teilen",
    "drucken",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
];

/// Words of a comment count line: "12 Comments", "3 Kommentare".
pub(crate) static COMMENT_COUNT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "respuestas",
    "commento",
    "commenti",
    "comentário",
    "comentários",
];

/// Words that open a byline: "By Marta Lind", "Von Jana Berg".
pub(crate) static BYLINE_OPENERS: &[&str] = &["by", "von", "par", "por"];

/// Labels written before an author's name ("Written by: Tom May"), longest first so the
/// longest one is removed; matched case-insensitively, with or without a colon.
pub(crate) static BYLINE_LABELS: &[&str] = &[
    "article written by",
    "geschrieben von",
    "publicado por",
    "escrito por",
    "rédigé par",
    "article by",
    "authored by",
    "written by",
    "posted by",
    "recipe by",
    "publié par",
    "words by",
    "story by",
    "text by",
    "about the author",
    "about",
    "author",
    "autorin",
    "autor",
    "auteur",
    "by",
    "von",
    "par",
    "por",
];

/// Words that open an author box's heading: "About Grimrocker", "Über den Autor".
pub(crate) static AUTHOR_BOX_OPENERS: &[&str] = &[
    "about",
    "about the author",
    "written by",
    "über",
    "über den autor",
    "über die autorin",
    "à propos de",
    "à propos de l'auteur",
    "sobre",
    "sobre el autor",
    "acerca de",
];

/// Headings that, on a page declaring one product, head a row of other products: a
/// marketplace's "Similar items" carousel. Elsewhere ("Similar items" over a document's
/// list of look-alikes) they name no boilerplate, so they are not [`SECTION_LABELS`].
static OTHER_PRODUCTS_LABELS: &[Shape] = &[
    Shape::Prefix("people who viewed this"),
    Shape::Whole("similar items"),
    Shape::Whole("similar products"),
    Shape::Whole("explore related items"),
    Shape::Whole("related items"),
    Shape::Whole("related products"),
];

/// `true` when `label` is one of [`OTHER_PRODUCTS_LABELS`].
pub(crate) fn names_other_products(label: &str) -> bool {
    let norm = normalize(label);
    OTHER_PRODUCTS_LABELS
        .iter()
        .any(|shape| shape.matches(&norm))
}

/// `title` with typographic apostrophes and quotation marks written as ASCII, for
/// comparing: `‘ ’ ‚ ‛` as `'`, `“ ” „ ‟` as `"`. Guillemets and primes stay.
pub(crate) fn plain_quotes(title: &str) -> String {
    title
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => '"',
            other => other,
        })
        .collect()
}

/// Lower-cases `label`, collapses whitespace and drops trailing punctuation and arrows.
pub(crate) fn normalize(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    if label.is_ascii() {
        // One pass, one allocation: most labels are ASCII.
        for b in label.bytes() {
            if b.is_ascii_whitespace() || b == 0x0b {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    } else {
        crate::dom::push_collapsed(&mut out, &label.to_lowercase());
    }
    trim_label(&mut out);
    out
}

/// [`normalize`] of text whose whitespace is already collapsed to single spaces
/// (`Dom::collect_text`), done in place when it is ASCII.
fn normalize_collapsed(mut text: String) -> String {
    if !text.is_ascii() {
        return normalize(&text);
    }
    text.make_ascii_lowercase();
    trim_label(&mut text);
    text
}

/// Drops trailing whitespace, punctuation and arrows, and leading non-alphanumerics.
fn trim_label(out: &mut String) {
    let end = out
        .trim_end_matches(|c: char| {
            matches!(c, ':' | '…' | '.' | '»' | '›' | '>' | '→' | '!' | '-' | '|')
                || c.is_whitespace()
        })
        .len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    out.drain(..start);
}

/// The boilerplate kind a label names, if any: the first kind of [`SECTION_LABELS`] with
/// a phrase that matches.
pub(crate) fn section_label(label: &str) -> Option<Boilerplate> {
    normalized_section_label(&normalize(label))
}

/// [`section_label`] of an element's collected text (whitespace already collapsed), which
/// is normalized in place.
pub(crate) fn collected_section_label(text: String) -> Option<Boilerplate> {
    normalized_section_label(&normalize_collapsed(text))
}

/// [`section_label`] of a label already normalized.
fn normalized_section_label(norm: &str) -> Option<Boilerplate> {
    let index = &*SECTION_INDEX;
    // Whole and prefix phrases share the label's first byte.
    let starting = norm
        .as_bytes()
        .first()
        .and_then(|&b| index.starting_with.get(usize::from(b)))
        .into_iter()
        .flatten()
        .filter(|(_, shape)| shape.matches(norm))
        .map(|(kind, _)| *kind);
    // Most labels hold none of these phrases: one quick pass before looking for all.
    let contained = index
        .contains
        .iter()
        .filter(|(finder, _)| finder.is_match(norm))
        .flat_map(|(finder, kinds)| {
            finder
                .find_overlapping_iter(norm)
                .filter_map(|found| kinds.get(found.pattern().as_usize()).copied())
        });
    let first = starting.chain(contained).min()?;
    SECTION_LABELS.get(first).map(|(kind, _)| *kind)
}

/// An automaton for searching short texts (labels, class names) for `words`: a DFA run
/// over every byte, without the prefilter that pays off only on long texts. `None` only if
/// the automaton cannot be built, which a few fixed words never cause.
pub(crate) fn short_text_finder(words: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(words)
        .ok()
}

/// [`SECTION_LABELS`] arranged for one lookup per label, built once. Kinds are their
/// positions in the table, so the first kind that matches wins as in the table.
struct SectionIndex {
    /// Whole and prefix phrases by their first byte.
    starting_with: Vec<Vec<(usize, Shape)>>,
    /// The phrases that may stand anywhere, in one automaton, and the kind of each.
    contains: Option<(AhoCorasick, Vec<usize>)>,
}

static SECTION_INDEX: LazyLock<SectionIndex> = LazyLock::new(|| {
    let mut starting_with = vec![Vec::new(); 256];
    let (mut phrases, mut kinds) = (Vec::new(), Vec::new());
    for (kind, (_, shapes)) in SECTION_LABELS.iter().enumerate() {
        for shape in shapes.iter() {
            match shape {
                Shape::Whole(p) | Shape::Prefix(p) => {
                    if let Some(list) = p
                        .as_bytes()
                        .first()
                        .and_then(|&b| starting_with.get_mut(usize::from(b)))
                    {
                        list.push((kind, *shape));
                    }
                }
                Shape::Contains(p) => {
                    phrases.push(*p);
                    kinds.push(kind);
                }
            }
        }
    }
    let contains = short_text_finder(&phrases).map(|finder| (finder, kinds));
    SectionIndex {
        starting_with,
        contains,
    }
});

/// `Some(credit)` when `caption` starts with a credit label: `""` for a bare label
/// ("Image Source:"), the name otherwise ("Image Source: NASA" -> "NASA").
pub(crate) fn credit(caption: &str) -> Option<&str> {
    let trimmed = caption.trim();
    let (label, rest) = match trimmed.split_once(':') {
        Some((label, rest)) => (label, rest.trim()),
        None => (trimmed, ""),
    };
    // Credit labels are a few words: a long label is running text, and is not normalized.
    if label.len() > MAX_CREDIT_LABEL_BYTES {
        return None;
    }
    let label_norm = normalize(label);
    if !CREDIT_LABELS.contains(&label_norm.as_str()) {
        return None;
    }
    // Without a colon only the bare label counts: "Photo" alone, never "Photo of a cat".
    if !trimmed.contains(':') && label_norm != normalize(trimmed) {
        return None;
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_lowercases_collapses_and_trims() {
        // The plain definition, for comparison with the one-pass ASCII path.
        fn reference(label: &str) -> String {
            let mut out = String::new();
            crate::dom::push_collapsed(&mut out, &label.to_lowercase());
            out.trim()
                .trim_end_matches(|c: char| {
                    matches!(c, ':' | '…' | '.' | '»' | '›' | '>' | '→' | '!' | '-' | '|')
                        || c.is_whitespace()
                })
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        }
        for label in [
            "  Related Posts:",
            "READ\tMORE  \n>>",
            "-- Leave a Reply --",
            "\x0bA\x0cB\r",
            "",
            "   ",
            "...",
            "Lire aussi »",
            "ÜBER DEN AUTOR",
            "ΣΧΟΛΙΑ ΣΤΟ ΑΡΘΡΟ",
            "Comentários\u{a0}\u{2003}(3)",
            "© 2016 Site. All rights reserved.",
        ] {
            assert_eq!(normalize(label), reference(label), "{label:?}");
        }
        assert_eq!(normalize("  Related Posts:"), "related posts");
    }

    #[test]
    fn labels_match_whole_or_prefix_across_languages() {
        assert_eq!(section_label("Check Also"), Some(Boilerplate::RelatedPosts));
        for teaser in [
            "READ MORE: Plague confirmed in the capital",
            "[Related: The harbour ferry returns]",
        ] {
            assert_eq!(
                section_label(teaser),
                Some(Boilerplate::RelatedPosts),
                "{teaser}"
            );
        }
        assert_eq!(
            section_label("Read more about the river in our guide"),
            None
        );
        assert_eq!(
            section_label("  Related Posts:"),
            Some(Boilerplate::RelatedPosts)
        );
        assert_eq!(
            section_label("Leave a Reply"),
            Some(Boilerplate::CommentForm)
        );
        assert_eq!(
            section_label("Lire aussi »"),
            Some(Boilerplate::RelatedPosts)
        );
        for (label, kind) in [
            ("Most read in world news", Boilerplate::RelatedPosts),
            ("Veja também", Boilerplate::RelatedPosts),
            ("Você pode gostar...", Boilerplate::RelatedPosts),
            ("Deixe um comentário", Boilerplate::CommentForm),
            ("Tell us what YOU think...", Boilerplate::CommentForm),
            ("Nessun commento", Boilerplate::CommentSection),
            (
                "Like this story? Share it with a friend!",
                Boilerplate::ShareBar,
            ),
            ("To Read the Full Story", Boilerplate::Newsletter),
            ("Talk to an Expert", Boilerplate::Widget),
            ("Start a free trial", Boilerplate::Widget),
            ("Join our mailing list!", Boilerplate::Newsletter),
            (
                "Do you rely on our reporting? Click here to support it.",
                Boilerplate::Newsletter,
            ),
        ] {
            assert_eq!(section_label(label), Some(kind), "{label}");
        }
        assert_eq!(section_label("Most readers stayed home."), None);
        assert_eq!(
            section_label("Kommentare"),
            Some(Boilerplate::CommentSection)
        );
        assert_eq!(section_label("Check also the river levels"), None);
        assert_eq!(
            section_label("© 2016 Site. All rights reserved."),
            Some(Boilerplate::Footer)
        );
        assert_eq!(
            section_label("Reporting by Greg Roumeliotis; editing by Martin Howell"),
            Some(Boilerplate::ArticleMeta)
        );
    }

    #[test]
    fn interface_strings_and_credits() {
        for (label, kind) in [
            (
                "Media playback is unsupported on your device",
                Boilerplate::Widget,
            ),
            ("This slideshow requires JavaScript.", Boilerplate::Widget),
            (
                "You need to enable JavaScript to run this app.",
                Boilerplate::Widget,
            ),
            ("Skip navigation links", Boilerplate::Widget),
            ("Jump to navigation", Boilerplate::Widget),
            ("Skip to product list", Boilerplate::Widget),
            ("Recently viewed products", Boilerplate::RelatedPosts),
            ("Related searches", Boilerplate::RelatedPosts),
            ("Explore related questions", Boilerplate::RelatedPosts),
            (
                "See similar questions with these tags.",
                Boilerplate::RelatedPosts,
            ),
            ("Reply With Quote", Boilerplate::Widget),
            ("Recommended Stories", Boilerplate::RelatedPosts),
            ("Top Posters In This Topic", Boilerplate::RelatedPosts),
            (
                "Customers who bought this also bought",
                Boilerplate::RelatedPosts,
            ),
            ("Article Continues Below", Boilerplate::Advertisement),
            ("Was this helpful?", Boilerplate::Widget),
            ("Start for free", Boilerplate::Widget),
            ("Watch demo", Boilerplate::Widget),
            ("Advertise with us", Boilerplate::Advertisement),
            ("Sponsor this newsletter", Boilerplate::Advertisement),
            ("What’s trending", Boilerplate::RelatedPosts),
            (
                "Join Medium for free to get updates from this writer.",
                Boilerplate::Newsletter,
            ),
            (
                "Create an account or sign in to comment",
                Boilerplate::CommentForm,
            ),
            (
                "Sent from my iPhone using Tapatalk",
                Boilerplate::ArticleMeta,
            ),
            ("Sorted by: Reset to default", Boilerplate::Widget),
            ("Start asking to get answers", Boilerplate::Widget),
            (
                "You are not logged in. Please login or register.",
                Boilerplate::Widget,
            ),
            ("Previous Next", Boilerplate::Widget),
            ("Iklan", Boilerplate::Advertisement),
            ("Filed under: Politics |", Boilerplate::ArticleMeta),
            ("Subscribe", Boilerplate::Widget),
            ("Video", Boilerplate::Widget),
            ("Caption", Boilerplate::Widget),
            (
                "Please enable JavaScript to view the comments powered by Disqus.",
                Boilerplate::CommentSection,
            ),
            ("Like us on Facebook", Boilerplate::ShareBar),
            ("Image copyright Getty Images", Boilerplate::ArticleMeta),
            (
                "Keith Lane contributed reporting from Hong Kong.",
                Boilerplate::ArticleMeta,
            ),
            (
                "Click here to subscribe to The River Letter",
                Boilerplate::Newsletter,
            ),
        ] {
            assert_eq!(section_label(label), Some(kind), "{label}");
        }
        assert_eq!(
            section_label("Subscribe to the river report for free"),
            None
        );
        assert_eq!(section_label("Was this helpful to the farmers?"), None);
    }

    #[test]
    fn labels_over_other_products() {
        for label in [
            "People who viewed this item also viewed",
            "Similar items",
            "Related Products:",
            "Explore related items",
        ] {
            assert!(names_other_products(label), "{label}");
            assert_eq!(section_label(label), None, "only a shop's: {label}");
        }
        assert!(!names_other_products("Similar items in the archive"));
        assert!(!names_other_products("Product details"));
    }

    #[test]
    fn credits_split_label_from_name() {
        assert_eq!(credit("Image Source:"), Some(""));
        assert_eq!(
            credit("Image Source: Scott Kelly & Mikhail Kornienko"),
            Some("Scott Kelly & Mikhail Kornienko")
        );
        assert_eq!(credit("Foto: dpa"), Some("dpa"));
        assert_eq!(credit("Photo of the harbour at dawn"), None);
        assert_eq!(credit("The source of the river: a spring"), None);
    }
}
