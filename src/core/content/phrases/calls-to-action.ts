// Short calls to action that mark promo and newsletter boxes, in the corpus's major languages.
// Matched against short blocks only: a long paragraph that mentions "subscribe" is content.

export const NEWSLETTER_RE = new RegExp(
  [
    'newsletter',
    // Said to the reader, at the start of a sentence or a clause: "you can sign up to be notified
    // when it is back in stock" in a buyer's guide is the story's (trafilatura-dev: a hardware
    // site's guide; fixture clutter-sign-up-in-prose.html).
    '(?:^|[.!?:;,|]\\s*)sign[\\s-]?up (?:for|to)',
    'subscribe (?:to|for|now|today)',
    '^subscribe\\b',
    'get (?:our|the) (?:latest|best|top|daily|weekly)',
    'delivered (?:straight )?to your (?:inbox|door)',
    'delivered through your letterbox',
    '\\d+ issues for',
    'in your inbox',
    'enter your e-?mail',
    'sign up here',
    'your e-?mail address',
    'abonnieren',
    'jetzt abonnieren',
    'melden sie sich an',
    'inscrivez-vous',
    'abonnez-vous',
    'suscr[ií]bete',
    'suscripci[oó]n',
    'iscriviti',
    'assine',
    'inscreva-se',
    'schrijf je in',
    'abonneer',
    'подпис(?:аться|ывайтесь|ка)',
    'zapisz si[eę]',
    'subskrybuj',
    'メルマガ',
    'ニュースレター',
    '订阅',
    '訂閱',
    // The newsletter's name in further languages (fixture clutter-newsletter-languages.html).
    'nyhetsbrev',
    'nyhedsbrev',
    'nieuwsbrief',
    'uutiskirje',
    'hírlevel',
    'bültenimize',
    'メールマガジン',
    '뉴스레터',
    'النشرة البريدية',
    'ניוזלטר',
    'bản tin',
  ].join('|'),
  'i',
);

export const PROMO_RE = new RegExp(
  [
    'join (?:our|the) .{0,40}(?:community|club|conversation|list|team)',
    'follow us (?:on|at)',
    'follow (?:@|on twitter|on facebook)',
    'like us on facebook',
    'support (?:our|independent|local|quality) (?:journalism|reporting|newsroom)',
    'become a (?:member|subscriber|supporter|patron)',
    'make a (?:donation|contribution)',
    'donate (?:now|today)',
    'download (?:our|the) app',
    // The outlet's own app and its news pages named at the foot of the story, opening their line
    // ("Download The … App to get Daily Market Updates", "Catch all the India News, Breaking News
    // Events and Latest News Updates on …": a line Indian papers of several groups print under
    // each story; fixture clutter-publisher-prompts.html).
    '^download (?:the |our )?[^.!?]{1,40} app (?:to|for) (?:get|read|stay|follow)',
    '^catch all the [^.!?]{1,120}\\b(?:news|updates) (?:on|at) ',
    'get the app',
    'what you need to know',
    'if you (?:enjoyed|liked|value|appreciate) (?:reading )?(?:this|our) (?:article|story|post|journalism|reporting|work)',
    // Appeals for support and the subscription's small print under stories (trafilatura-dev: blogs,
    // magazines and papers in several languages).
    'would you consider (?:supporting|donating|a donation|becoming)',
    'we need your (?:help|support)',
    '(?:wir brauchen|brauchen wir) (?:deine|ihre|eure) unterst[üu]tzung',
    'te necesitamos',
    '[uú]nete a nuestra comunidad',
    'help us (?:continue|keep)',
    'cancel (?:at )?any ?time',
    'cancela(?:r)? cuando quieras',
    'jederzeit kündbar',
    'h[aá]z(?:te)? miembro|h[aá]gase miembro|ap[oó]yanos',
    'wesprzyj nas',
    'soutenez-nous',
    'download (?:the|our) .{0,30}apps? for',
    'apps? for (?:ios|iphone) and android',
    'klicken und .{0,40}registrieren',
    'als e-?paper',
    // The prompt over a contact form ("…können Sie hier mit uns in Kontakt treten").
    'mit uns in kontakt (?:zu )?treten',
    'kontaktieren sie uns',
    'start your (?:free )?trial',
    'already a (?:subscriber|member)',
    // The log-in prompt left where a registration wall's form was, asked as a question so that a
    // story's "is already registered" stays (trafilatura-dev: a German trade magazine's "Sie sind
    // bereits registriert? Hier anmelden"; fixture clutter-already-registered-prompt.html).
    'already (?:registered|have an account)\\s?\\?',
    '(?:bereits|schon) (?:registriert|abonnent(?:in)?|kunde|kundin)\\s?\\?',
    'd[ée]j[àa] (?:inscrit|abonn[ée]|client)e?s?\\s?\\?',
    '¿ya (?:eres|est[aá]s|es) (?:suscriptor|suscriptora|registrad[oa])',
    '(?:sei|è) gi[àa] (?:registrat[oa]|abbonat[oa])\\s?\\?',
    'j[aá] (?:[ée] )?(?:assinante|cadastrad[oa]|registrad[oa])\\s?\\?',
    'al (?:geregistreerd|abonnee)\\s?\\?',
    'masz ju[żz] konto\\s?\\?',
    'unterst[üu]tzen sie',
    // Appeals that open a reader-support box or invite to the outlet's channel (trafilatura-dev: a
    // Salvadoran and a Panamanian paper, three German magazines; fixture clutter-support-appeals.html).
    'apoya (?:el|al|nuestro) periodismo',
    '(?:soutenez|sostieni|apoie) (?:notre |le |il |il nostro |o |o nosso )?(?:journalisme|giornalismo|jornalismo)',
    // "Download our app": the outlet's own, not an app the story tells of.
    'laden sie (?:sich )?unsere app',
    't[ée]l[ée]chargez notre app(?:lication)?',
    'descarga nuestra app',
    'scarica la nostra app',
    'baixe (?:o )?nosso app',
    'gef[äa]llt (?:dir|ihnen|euch) unser(?:e)? \\S*(?:magazin|blog|journalismus|arbeit|angebot)',
    'unterst[üu]tze (?:uns|unser(?:e)? (?:arbeit|magazin|journalismus))',
    'unterst[üu]tze \\S+ (?:bereits |schon )?mit \\d',
    "like what you(?:'re| are)? reading\\?",
    'enjoy(?:ing|ed)? (?:this|our) (?:article|story|post|journalism|reporting)\\?',
    '(?:our|nuestro|nosso|notre|unser(?:en)?) (?:official |oficial )?(?:canal|channel|kanal|chaîne) (?:de |on |auf |sur |no )?(?:youtube|whatsapp|telegram)',
    '(?:our|unser(?:en)?) (?:official )?(?:youtube|whatsapp|telegram)[- ]?(?:channel|kanal)',
    // The outlet's prompt to join or follow its messenger channel, opening its line ("📲 Participe
    // do canal do … no WhatsApp", "Únete al canal de … en WhatsApp", "Join …'s WhatsApp channel",
    // "Follow … on Telegram"; fixture clutter-messenger-channel-prompts.html). Said to the reader:
    // a story tells that residents join a council's group.
    '(?:^|[.!?]\\s+)\\W{0,4}(?:join|participe|[uú]nete|rejoignez|iscriviti|tritt)\\b[^.!?]{0,60}\\b(?:whatsapp|telegram)\\b',
    '(?:^|[.!?]\\s+)\\W{0,4}(?:follow|siga|sigue|suivez|segui) [^.!?]{1,40} (?:on|no|na|en|sur|su) (?:whatsapp|telegram)\\b',
    // The outlet's own channel on a news aggregator and the request to mark it a preferred source,
    // under the story ("Follow TechRadar on Google News and add us as a preferred source…":
    // fundus-dev, a British tech site), and the request for feedback on the story ("Ihre Meinung ist
    // uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: …": fundus-dev, a Berlin paper;
    // fixture clutter-publisher-prompts.html).
    // Said to the reader: a story may tell that readers can follow a paper there.
    '(?:^|[.!?]\\s+)follow (?:us|[^.!?]{1,40}) on google news',
    '(?:auf|bei|über) google news (?:folgen|abonnieren)',
    // The same request in other languages, the verb first ("Ακολουθήστε το … στο Google News",
    // "Ikuti … di Google News") or after the channel in Turkish ("Google News'te takip edin"):
    // fixture clutter-publisher-prompts.html.
    '(?:^|[.!?]\\s+)(?:ακολουθήστε|seguici|segui|siga|sigue|síguenos|suivez|volg|obserwuj|подписывайтесь|подпишитесь|підписуйтесь|ikuti|(?:mời (?:bạn đọc|quý độc giả) )?theo dõi)\\s[^.!?]{0,60}\\bgoogle news\\b',
    "google (?:news|haberler)['’]?(?:te|ta|de|da)? (?:üzerinden )?(?:bizi )?(?:takip edin|abone olun)",
    'google news (?:पर|को) (?:फॉलो|follow)',
    // "Follow us" said to the reader in Arabic ("تابعونا على …"), Hindi ("… के लिए हमें फेसबुक और
    // ट्विटर पर फॉलो करें"), Urdu and Bengali, the channel between "us" and the verb (fixture
    // clutter-publisher-prompts.html); a story's "they followed him on Facebook" names no "us".
    'تابعونا (?:على|عبر|في)',
    'हमें\\s[^।.!?]{0,60}फॉलो करें',
    '(?:ہمیں|ہمارا|ہمارے)\\s[^۔.!?]{0,60}فالو کریں',
    'আমাদের\\s[^।.!?]{0,60}ফলো করুন',
    // A Thai outlet's line naming its channels ("ติดตามข่าวสารได้ที่ LINE @… และ Facebook …").
    'ติดตาม(?:ข่าวสาร|ข่าว)?(?:ได้)?(?:ที่|ทาง)\\s*[^.!?]{0,60}(?:line|facebook|youtube|tiktok|twitter)',
    'add us as (?:a |your )?preferred source',
    '(?:as )?(?:a |your )?(?:preferred|trusted) source (?:on|in) google',
    '(?:als )?bevorzugte quelle (?:bei|auf|in) google',
    'comme source préférée',
    'como fuente preferida',
    '(?:feedback|comments?) (?:on|about) this (?:article|story)\\s?[?:]',
    'send us your feedback',
    'feedback zu (?:diesem|dem) (?:artikel|beitrag|text)',
    'ihre meinung ist uns wichtig',
    // The newsroom's tip line under the story, a question to the reader and the channel to answer
    // on ("Do you have a story about the harbour? Email news@…", "Have a news tip? Email us at …",
    // "Haben Sie Hinweise? Schreiben Sie uns …", "Vous avez une information ? Écrivez-nous"; fixture
    // clutter-tip-line.html): the
    // answer goes to "us" or to an address. A police appeal in the story ("Do you have information?
    // Call the police on 101") and a question in an interview go to no one of the kind.
    '(?:^|[.!?]\\s+)(?:do you have|have you got|got|have (?:a|an|any)|haben sie|hast du|sie haben|vous avez|¿?tienes|¿?tiene)\\b[^.!?]{0,60}?\\b(?:story|stories|tips?|information|photos?|videos?|hinweise?|informationen|tipps?|infos?|une information|des informations|información|pistas?)\\b[^.!?]{0,60}\\?\\s*[^.!?]{0,80}?(?:\\b(?:us|uns|nous|nos)\\b|escr[ií]benos|cont[aá]ctanos|@[\\w-]+\\.)',
    // A public broadcaster's note of when its programme covered the story ("Dieses Thema im
    // Programm: NDR 1 Welle Nord | …", "Über dieses Thema berichtete DLF am 24. März 2023 um 05:20
    // Uhr.": fundus-dev, two broadcasters; trafilatura-dev, a third), and a regional paper group's
    // prompts to its app and its social accounts ("Aktuelle Nachrichten aufs Handy? Hier geht es zur
    // neuen …-News-App", "Die … auch bei Social Media": fundus-dev; fixture clutter-publisher-prompts.html).
    'dieses thema im programm',
    'über dieses thema berichtete .{1,60} am \\d',
    'nachrichten aufs handy\\?',
    // "Auch in den sozialen Netzwerken" is said of a debate; the outlet's line names it "Social Media".
    '\\bauch (?:bei|auf) social media',
    // The confirmation a bookmark button leaves in the page ("Story Saved · You can find this story in
    // My Bookmarks.": fundus-dev, a British tabloid's toast, shared by its group's titles).
    '(?:find|view|see) (?:this|the|your) (?:story|article|post|recipe)s? in (?:my|your) (?:bookmarks|saved|reading list)',
    // The print edition a web story first ran in, set as a box under it with the cover and
    // a link to the magazine ("ERSCHIENEN IN Seeland Spezial 2021 Zum Magazin": trafilatura-dev,
    // a wine magazine; "This article appeared in the March 2022 issue of …"; fixture
    // clutter-print-issue-box.html). At the start of its box only: a story may say where it appeared.
    '^(?:erschienen in|aus (?:der|dem) (?:ausgabe|heft)|this (?:article|story|piece) (?:first |originally )?appeared in|a version of this (?:article|story) appears in print|(?:cet article est )?paru dans)\\b',
    // A blogger's own channel: "Folge mir auf Instagram!" (trafilatura-dev, a baking blog).
    'folge (?:mir|uns) (?:auf|bei) (?:instagram|facebook|pinterest|youtube|tiktok|twitter)',
    'follow (?:me|us) on (?:instagram|facebook|pinterest|youtube|tiktok|twitter)',
    'folgen sie uns',
    'suivez-nous',
    's[ií]guenos',
    'seguici',
    'siga-nos',
    'volg ons',
    'подписывайтесь на нас',
    // "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини" under a Ukrainian story.
    '(?:подписывайтесь|подпишитесь|підписуйтесь|підпишіться) на (?:наш|нашу|наши|наші)\\s',
    'obserwuj nas',
    'フォローして',
    '关注我们',
  ].join('|'),
  'i',
);

// A recipe card's closing prompt to post a photo of the dish, in the recipe plugins' wordings
// ("Tried this recipe? Tag @name on Instagram", "Did you make this recipe? Mention @name or tag
// #name"; fixture clutter-recipe-share-prompt.html). The question, or the request to tag: a story
// may say that readers tried the recipe. A list of its own, not the appeals': two of these in a
// recipe card would read as an appeal box and take the card.
export const DISH_PHOTO_PROMPT_RE = new RegExp(
  [
    '(?:tried|made|did you (?:try|make)) this recipe\\?',
    'tag (?:me|us|@[\\w.]+) on (?:instagram|pinterest|facebook|tiktok|twitter)',
    '(?:rezept|gericht) (?:ausprobiert|nachgekocht|nachgebacken)\\?',
    'vous avez (?:testé|essayé|réalisé) cette recette',
    '(?:has|hiciste) (?:probado|hecho|preparado) esta receta',
  ].join('|'),
  'i',
);

// The notice that the rest of the story is for subscribers or members, set where the text breaks
// off, with or without its buttons: "Il vous reste 57% de cet article à lire. La suite est réservée
// aux abonnés." (fundus: a French daily), a members-only box with its register and log-in buttons
// (fundus: a Japanese daily; unseen pages of another repeat it four times), in the languages of the
// corpora and their neighbours (fixture clutter-subscriber-notice-languages.html). Each phrase says
// what is withheld or from whom; "subscribe" alone is the newsletter's word.
export const SUBSCRIBER_ONLY_RE = new RegExp(
  [
    '(?:this|the rest of this|the full) (?:article|story|content|post|piece) is (?:only |exclusively )?(?:available |reserved )?(?:for|to) (?:our )?(?:paying |digital |premium )?(?:subscribers|members)',
    '(?:subscribers?|members?)[- ]only (?:article|content|story|stories)',
    '(?:subscribe|log ?in|sign ?in|register) (?:now )?to (?:continue|keep) reading',
    'to (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register|become)',
    "you(?:'ve| have) reached your (?:free )?(?:article|story|monthly) limit",
    'nur für (?:abonnent|abonnenten|abonnentinnen|plus-|digital-?abonnenten)',
    'exklusiv für (?:abonnent|abonnenten|abonnentinnen)',
    'um (?:den|diesen) (?:artikel|beitrag) (?:weiter|vollständig) ?zu lesen',
    'jetzt weiterlesen mit',
    'il vous reste \\d+(?:[.,]\\d+)? ?% de cet article',
    '(?:article|contenu|suite) (?:est )?réservée? aux abonnés',
    '(?:contenido|artículo|noticia) (?:es )?exclusiv[oa] para (?:suscriptores|socios|abonados)',
    'exclusivo para assinantes',
    'riservat[oa] agli abbonati',
    'alleen (?:beschikbaar )?voor abonnees',
    'tylko dla (?:prenumerator|subskrybent)',
    'только для подписчиков',
    'доступ(?:ен|на|но) только подписчикам',
    'abonelere özel',
    '(?:článek|obsah) je (?:jen|pouze) pro předplatitele',
    'csak előfizetőinknek',
    '(?:άρθρο|περιεχόμενο) είναι διαθέσιμο μόνο για συνδρομητές',
    '(?:المحتوى|المقال|الخبر) متاح للمشتركين فقط',
    '会員限定',
    '有料会員',
    '続きをお?読み(?:いただけ|になれ)ます',
    'ログインして続きを読む',
    // "残り1234文字（全文2345文字）": how much of the story is withheld.
    '残り\\d+文字',
    '유료\\s?회원',
    '회원\\s?전용',
    '会员专享',
    '本文(?:为|是)付费内容',
    '订阅(?:后|即可)(?:继续)?阅读',
    '登录后(?:阅读|查看)(?:全文|更多)',
    // "Already a subscriber? Log in", in the Nordic languages ("Redan prenumerant?").
    'redan prenumerant\\?',
    'allerede abonnent\\?',
    'oletko jo tilaaja\\?',
  ].join('|'),
  'i',
);
