// `npm start` builds the production site only when it is missing or older than its sources.
import { ensureBuild } from "./build-staleness";

ensureBuild();
