/** Every fixed UI string of the site, in Dutch, by dotted key. */
export const nl = {
  'site.name': 'Praktijkbank Zorgstages',
  'site.tagline': 'Wat werkt — en wat niet — voor genoeg goede stages in zorgopleidingen',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Home',
  'nav.cases': 'Voorbeelden',
  'nav.lessons': 'Wat niet werkte',
  'nav.regions': 'Regio’s',
  'nav.overview': 'Overzicht',
  'nav.method': 'Methode',
  'nav.contribute': 'Bijdragen',
  'nav.about': 'Over',
  'skip.link': 'Naar de inhoud',
  'search.label': 'Zoek in de voorbeelden',
  'search.button': 'Zoeken',
  'search.placeholder': 'bijvoorbeeld ketenstage',
  'breadcrumbs.label': 'Kruimelpad',
  'pagination.label': 'Pagina’s',
  'pagination.previous': 'Vorige',
  'pagination.next': 'Volgende',
  'pagination.page': 'Pagina',
  'pagination.gap': 'pagina’s overgeslagen',
  'footer.licence': 'Teksten en data: CC BY 4.0. Noem de Praktijkbank Zorgstages en de oorspronkelijke bronnen.',
  'footer.contact': 'Een voorbeeld toevoegen of verbeteren? Kijk bij Bijdragen.',
  'case.characteristics': 'Kenmerken',
  'case.toc': 'Op deze pagina',
  'case.lessons': 'Geleerde lessen',
  'case.stopReason': 'Waarom gestopt',
  'case.organisations': 'Betrokken organisaties',
  'case.sources': 'Bronnen',
  'case.conditions': 'Past dit bij ons?',
  'case.conditionsIntro': 'Loop deze voorwaarden na voordat u dit voorbeeld overneemt in uw regio.',
  'case.contributors': 'Beschreven door',
  'case.published': 'Gepubliceerd',
  'case.reviewed': 'Laatst gecontroleerd',
  'case.related': 'Verwante voorbeelden',
  'case.similar': 'Lijkt op',
  'case.period': 'Periode',
  'case.place': 'Plaats',
  'case.anonymised': 'De bijdrager heeft ervoor gekozen deze organisatie niet bij naam te noemen.',
  'case.edit': 'Bewerk deze pagina',
  'case.verification': 'Verificatie',
  'case.unverified': 'Dit voorbeeld is nog niet volledig gecontroleerd. Kent u het? Vul het aan.',
  'list.count': 'voorbeelden',
} as const;

export type UiKey = keyof typeof nl;

/** The Dutch text for a UI key. */
export function t(key: UiKey): string {
  return nl[key];
}
