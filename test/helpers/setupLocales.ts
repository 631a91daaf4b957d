// Test setup: English registered at once, so a test can switch language with setLocale as the page does after
// loadLocale (src/ui/i18n.ts).
import { registerLocale } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';

registerLocale('en', EN);
