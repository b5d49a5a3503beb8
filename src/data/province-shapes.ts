/**
 * The provinces as shapes for the maps (ProvinceMap, NavolgingMap): each vocabulary key with its
 * SVG path. Map data: @svg-maps/netherlands (CC BY 4.0), credited under every map.
 */
import netherlands from '@svg-maps/netherlands';

const mapIds: Record<string, string> = {
  dr: 'drenthe',
  fl: 'flevoland',
  fr: 'fryslan',
  ge: 'gelderland',
  gr: 'groningen',
  li: 'limburg',
  nb: 'noord-brabant',
  nh: 'noord-holland',
  ov: 'overijssel',
  ut: 'utrecht',
  ze: 'zeeland',
  zh: 'zuid-holland',
};

/** The viewBox of the map of the Netherlands. */
export const provinceMapViewBox: string = netherlands.viewBox;

/** Every province of the map: its key (see vocabularies.ts) and its SVG path, in the map's order. */
export const provinceShapes: readonly { key: string; path: string }[] = netherlands.locations.map((location: { id: string; path: string }) => ({
  key: mapIds[location.id]!,
  path: location.path,
}));

/** The province keys on the map (everything but `landelijk`). */
export const mapProvinceKeys: readonly string[] = Object.values(mapIds);
