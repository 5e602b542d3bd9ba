// Labels of ad slots and sponsored blocks.

export const AD_LABEL_RE = new RegExp(
  [
    '^advertisements?$',
    '^advertising$',
    '^sponsored(?: content)?$',
    '^paid (?:content|post)$',
    '^(?:story|article) continues (?:below|after)',
    '^continue reading (?:below|after)',
    '^ad$',
    '^anzeige$',
    '^werbung$',
    '^publicit[ée]$',
    '^publicidad$',
    '^pubblicit[àa]$',
    '^publicidade$',
    '^advertentie$',
    '^реклама$',
    '^reklama$',
    '^広告$',
    '^广告$',
  ].join('|'),
  'iu',
);
