import type { Messages } from '../i18n/index.ts';
import type { Button } from '../model.ts';
import { btn } from '../buttons.ts';

/** The main menu buttons. */
export function mainMenu(m: Messages): Button[][] {
  return [
    [{ label: m.btnCatalog, data: btn.catalog.data({ page: 0 }) }],
    [{ label: m.btnCart, data: btn.cart.data({}) }, { label: m.btnOrders, data: btn.orders.data({}) }],
    [{ label: m.btnHelp, data: btn.help.data({}) }, { label: m.btnOtherLang, data: btn.lang.data({ lang: m.lang === 'en' ? 'vi' : 'en' }) }],
  ];
}
