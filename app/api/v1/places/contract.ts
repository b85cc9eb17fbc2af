import { BAD_INPUT, ok, publicRead } from "@/lib/api/contract";
import { PlacesQuerySchema } from "@/lib/validation/query";
import { PlacesResponseSchema } from "@/lib/validation/responses";

export const findPlaces = publicRead("/api/v1/places", "Regions, districts, cities and settlements whose name matches q (Kazakh, Russian or Latin, typos allowed), ranked exact > prefix > typo and larger places first", { query: PlacesQuerySchema }, { 200: ok(PlacesResponseSchema), 400: BAD_INPUT });
