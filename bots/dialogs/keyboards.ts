import type { Messages } from '../i18n/index.ts';
import type { Button } from '../model.ts';

/** The main menu buttons. */
export function mainMenu(m: Messages): Button[][] {
  return [
    [{ label: m.btnCatalog, data: 'c:0' }],
    [{ label: m.btnCart, data: 'k' }, { label: m.btnOrders, data: 'o' }],
    [{ label: m.btnHelp, data: 'h' }, { label: m.btnOtherLang, data: m.lang === 'en' ? 'l:vi' : 'l:en' }],
  ];
}
