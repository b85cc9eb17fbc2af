/** A court building of the 2020 report placed at its matched court's point, as the access map shows it. */
export interface AccessBuildingMarker {
  key: string;
  lat: number;
  lng: number;
  title: string;
  lines: string[];
}
