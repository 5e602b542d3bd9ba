// Wording of comment sections and comment forms.

export const COMMENTS_HEADING_RE = new RegExp(
  [
    '^(?:\\d+\\s+)?comments?\\b',
    '^(?:\\d+\\s+)?responses?\\b',
    'leave a (?:comment|reply)',
    'post (?:a )?comment',
    'add (?:a )?comment',
    'join the (?:discussion|conversation)',
    'your email address will not be published',
    'comments are closed',
    'moderating (?:all )?comments',
    'show comments',
    'view comments',
    '^(?:\\d+\\s+)?kommentare?\\b',
    'kommentar schreiben',
    '^keine kommentare\\b',
    'kommentare (?:sind )?geschlossen',
    'kommentarfunktion ist geschlossen',
    '^commentaires?\\b',
    'laisser un commentaire',
    '^comentarios?\\b',
    'deja (?:un|tu) comentario',
    '^commenti\\b',
    'lascia un commento',
    'deixe (?:um|seu) coment[aá]rio',
    '^reacties\\b',
    '^комментари',
    '^komentarze\\b',
    // A Chinese or Japanese heading is a few characters around the word: a sentence that names a
    // commentator ("（评论员 罗博 萧海川）" under a Xinhua commentary, trafilatura-dev) or a critic
    // (评论家) is the text's (fixture clutter-commentator-credit-cjk.html).
    '^[^。！？!?]{0,8}(?:评论|評論|コメント)(?![员員家])[^。！？!?]{0,8}$',
  ].join('|'),
  'i',
);

// The site's note on its comments, set at the end of the story where the comments begin: how they
// are moderated, and that readers' comments are not the newsroom's view ("Note: we are temporarily
// moderating all comments submitted…": scrapinghub-dev, a space weekly; "Die Kommentare der User
// geben nicht notwendigerweise die Meinung der …-Redaktion wieder.": trafilatura-dev, an Austrian
// sports site; fixture clutter-comment-notices.html). Read at the start of a block only.
export const COMMENT_NOTICE_RE = new RegExp(
  [
    'moderating (?:all )?(?:the )?comments',
    'comments (?:are|will be|may be) (?:moderated|reviewed|pre-?moderated)',
    "comments (?:do not|don't) (?:necessarily )?(?:reflect|represent)",
    '(?:die )?(?:kommentare|beiträge|meinungen) (?:der (?:user|nutzer|leser)\\S*|unserer (?:user|nutzer|leser)\\S*) (?:geben|spiegeln) nicht',
    'kommentare werden (?:vor der veröffentlichung )?(?:moderiert|geprüft|freigeschaltet)',
    // Who may comment: a note that only signed-in readers can, under the comment form or in place of
    // it (a Russian news engine's "Посетители, находящиеся в группе Гости, не могут оставлять
    // комментарии", a blog engine's "Vous devez être connecté pour publier un commentaire"; fixture
    // clutter-comment-sign-in-notices.html).
    '(?:log|sign) in to (?:post |leave |write |add )?(?:a )?(?:comment|reply)',
    'sie müssen (?:angemeldet|eingeloggt|registriert) sein,? um (?:einen )?kommentar',
    'vous devez (?:être )?(?:connecté|identifié|inscrit)e?s? pour (?:publier|poster|laisser|écrire|ajouter) un commentaire',
    'debes (?:estar (?:registrado|conectado)|iniciar sesión|identificarte) para (?:publicar|dejar|escribir|enviar) (?:un )?comentario',
    'devi (?:essere )?(?:connesso|autenticato|registrato|loggato|effettuare il login|accedere) per (?:inviare|pubblicare|lasciare|scrivere) (?:un )?commento',
    'você precisa (?:estar logado|fazer login|entrar) para (?:publicar|postar|deixar|enviar) (?:um )?comentário',
    'je moet (?:ingelogd|aangemeld) zijn om (?:een )?(?:reactie|opmerking) (?:te )?(?:plaatsen|geven|schrijven)',
    'musisz (?:być )?zalogowan[ya],? (?:aby|żeby|by) (?:dodać|napisać|opublikować) komentarz',
    '(?:посетители|гости|пользователи)[^.]{0,60}не могут (?:оставлять|добавлять|писать) комментари',
    'чтобы (?:оставить|написать|добавить) комментарий,? (?:необходимо |нужно )?(?:войти|войдите|авторизоваться|авторизуйтесь|зарегистрироваться|зарегистрируйтесь)',
  ].join('|'),
  'i',
);
// How far into the block the note may begin ("Note: we are temporarily moderating…").
export const COMMENT_NOTICE_MAX_START = 30;
// A longer block that opens so is a story's part on the subject.
export const COMMENT_NOTICE_MAX_CHARS = 1000;

// A comment in a thread carries a reply control.
export const REPLY_RE =
  /^(?:reply|responder|répondre|antworten|rispondi|responder|reageer|ответить|odpowiedz|返信|回复)$/i;
