// The library page: its rows, the bar and the live list (see library.js).
import { startLibrary } from "./library.js";

startLibrary();
