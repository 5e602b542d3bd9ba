// A news agency run into the last writer's name without a comma, as wire copy prints its bylines:
// "By JANE ROE and JOHN DOE Associated Press", "By JOHN DOE AP Science Writer". The agency is a
// credit of its own (as after a comma, "Jane Roe, Associated Press"); the agency's job title after
// it is the writer's role and goes (fixture meta-byline-agency-glued.html).

// Wire agencies only: stock photo agencies never sign a story. Acronyms in capitals, so a surname
// that happens to spell one in lower case stays a name.
const WIRE_AGENCIES =
  'The Associated Press|Associated Press|The Canadian Press|Agence France-Presse|Europa Press|Anadolu Agency|AP|AFP|Reuters|REUTERS|dpa|DPA|EFE|ANSA|APA|KNA|epd|SDA|Xinhua|TASS|Kyodo|Yonhap|AAP|PAP|ČTK|NTB|ANP|Belga|BELGA';
// Glued means a space only: after a bar or a dash the agency is a dateline part, cleaned elsewhere.
const GLUED_AGENCY_RE = new RegExp(`^(.*[\\p{L}.])\\s+(${WIRE_AGENCIES})$`, 'u');
// The agency's title for its writer: "AP Science Writer", "AP White House Correspondent".
const AGENCY_ROLE_RE = new RegExp(
  `(?<=[\\p{L}.])\\s+(?:${WIRE_AGENCIES})(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:Writer|Reporter|Correspondent|Editor|Columnist)s?$`,
  'u',
);

/** The part as [name] or [name, agency]: a wire agency (or its job title) glued after a name. */
export function splitGluedAgency(part: string): string[] {
  const role = AGENCY_ROLE_RE.exec(part);
  if (role && words(part.slice(0, role.index)) >= 2) return [part.slice(0, role.index)];
  const glued = GLUED_AGENCY_RE.exec(part);
  // The name before it must still be a name: "Paul Reuters" is one person, not a credit.
  if (glued?.[1] && glued[2] && words(glued[1]) >= 2) return [glued[1], glued[2]];
  return [part];
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}
