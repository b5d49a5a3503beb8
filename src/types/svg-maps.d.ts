/** Types for the map data package, which ships none. */
declare module '@svg-maps/netherlands' {
  const map: { label: string; viewBox: string; locations: { name: string; id: string; path: string }[] };
  export default map;
}
