// Wording of forum threads: the facts a forum prints beside each post about its writer ("Posts: 107",
// "Joined: Jan 3, 2019", "Mitglied seit 28. Juni 2014 Beiträge 2.206").

const MEMBER_FACT_LABELS = [
  // English
  'posts',
  'total posts',
  'joined',
  'join date',
  'registered',
  'member since',
  'messages',
  'reaction score',
  'reputation',
  'threads',
  'likes received',
  'points',
  // German
  'beiträge',
  'registriert(?: seit| am)?',
  'mitglied seit',
  'dabei seit',
  'themen',
  'reaktionspunkte',
  'punkte',
  // French
  'inscrit(?:\\(e\\))?(?: le| depuis)?',
  'inscription',
  'sujets',
  'membre depuis',
  // Spanish, Portuguese, Italian
  'mensajes',
  'registrado(?: el| em)?',
  'miembro desde',
  'fecha de ingreso',
  'mensagens',
  'membro desde',
  'messaggi',
  'iscritto(?: il| dal)?',
  'registrato(?: il| dal)?',
  // Dutch, Polish, Russian, Scandinavian
  'berichten',
  'lid sinds',
  'geregistreerd',
  'posty',
  'dołączył(?:a)?',
  'rejestracja',
  'сообщения',
  'сообщений',
  'регистрация',
  'зарегистрирован',
  'inlägg',
  'medlem sedan',
  'medlem siden',
  'indlæg',
  'innlegg',
].join('|');

// A label, then its value: a number or a date ("1,204", "Jan 3, 2019", "Mo 5. Jan 2009"). Forums
// print label and value in elements of their own, so the text may come glued ("Messages1,204").
export const MEMBER_FACT_RE = new RegExp(
  `(?:${MEMBER_FACT_LABELS})\\s*[:：]?\\s*(?:\\d|\\p{L}{2,9}\\.?,?\\s+\\d)`,
  'giu',
);

// A post's controls and counts, each a label of its own: "Post Reply", "Reply With Quote", "2 Likes".
export const FORUM_CONTROL_RE =
  /^(?:post (?:a )?reply|reply with quote|reply to (?:this )?(?:topic|thread)|new (?:topic|thread)|multi-?quote|neue antwort|antwort erstellen|neues thema|nouveau sujet|nuevo tema|nuova discussione|nieuw onderwerp|nowy temat|новая тема|\d+\s*(?:likes?|reactions?|gefällt mir|j['’]aime|me gusta|mi piace|polubie[nń]|лайк(?:а|ов)?))$/i;

// The forum's own status under a thread: who is reading it ("Who is online", "Users browsing this
// forum: No registered users and 2 guests", "Mitglieder in diesem Forum: Keine registrierten
// Benutzer"), in the wording of the forum engines' language packs.
export const FORUM_STATUS_RE =
  /^(?:who is online|users browsing this (?:forum|thread|topic)|wer ist online|mitglieder in diesem forum|benutzer in diesem (?:forum|thema)|qui est en ligne|utilisateurs parcourant ce forum|quién está conectado|usuarios navegando por este foro|chi c.è in linea|utenti presenti in questo forum|wie is er online|kto jest online|użytkownicy przeglądający to forum|кто сейчас на (?:конференции|форуме))/i;

// A post's title that only answers the thread's ("Re: Plot rents", "AW: …", "Odp: …"), repeated over
// every reply in vBulletin and SMF themes.
export const REPLY_TITLE_RE = /^(?:re|aw|antw|sv|vs|odp|rép|resp|r)\s*(?:\[\d+\]|\^\d+)?\s*:\s*\S/i;
