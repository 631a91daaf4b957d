/** `npm run -s sensitivity`: see analysisMain.ts and the README ("Hva betyr mest?", "Hva skal til?", "Billigste pakke"). */
import { main } from './analysisMain.ts';

main('sensitivity');
