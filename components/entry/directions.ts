/** Route-planner links to a point, one per service people in Kazakhstan use. */
export function directionLinks(lat: number, lng: number): { service: string; href: string }[] {
  return [
    { service: "OpenStreetMap", href: `https://www.openstreetmap.org/directions?route=%3B${lat}%2C${lng}#map=14/${lat}/${lng}` },
    { service: "2GIS", href: `https://2gis.kz/directions/points/%7C${lng}%2C${lat}` },
    { service: "Yandex Maps", href: `https://yandex.kz/maps/?rtext=~${lat}%2C${lng}&rtt=auto` },
    { service: "Google Maps", href: `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lng}` },
  ];
}
