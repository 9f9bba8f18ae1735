import { updatePerson } from '../../core/people/identify.ts';
import { btn } from '../buttons.ts';
import type { Conversation } from '../conversation.ts';
import { feature, type ComposedBot } from '../feature.ts';
import { mainMenu } from './keyboards.ts';
import { start } from './customer.ts';

/** `/lang en`: the person's language from now on (anything but `en` is Vietnamese). */
function setLang(c: Conversation, lang: string | undefined): void {
  const l = lang?.toLowerCase() === 'en' ? 'en' : 'vi';
  updatePerson(c.t, c.person.id, { language: l });
  c.person.language = l;
  c.reply({ type: 'text', text: c.m.langSet, buttons: mainMenu(c.m) });
}

/** How to order, then the commands of each role the person has in the group (from the registrations). */
function showHelp(c: Conversation, bot: ComposedBot): void {
  const roleLines = bot.helpLines(c);
  c.reply({ type: 'text', text: roleLines.length ? [c.m.help(), '', ...roleLines].join('\n') : c.m.help(), buttons: mainMenu(c.m) });
}

const showMenu = (c: Conversation) => void c.reply({ type: 'text', text: c.m.welcome(c.group.name), buttons: mainMenu(c.m) });

/** Start, help, menu and language: what every person can do, whatever their role. */
export const generalFeature = (bot: () => ComposedBot) =>
  feature('general')
    .command({
      names: ['start'],
      menu: { vi: ['start', 'Bắt đầu, mở menu chính'], en: ['start', 'Start, open the main menu'] },
      handle: (c, cmd) => start(c, cmd.args[0]),
    })
    .command({
      names: ['help', 'trogiup'],
      menu: { vi: ['help', 'Hướng dẫn đặt hàng'], en: ['help', 'How to order'] },
      handle: (c) => showHelp(c, bot()),
    })
    .command({ names: ['menu'], handle: showMenu })
    .command({
      names: ['lang'],
      menu: { vi: ['lang', 'Đổi ngôn ngữ: /lang en hoặc /lang vi'], en: ['lang', 'Change language: /lang vi or /lang en'] },
      handle: (c, cmd) => setLang(c, cmd.args[0]),
    })
    .on('follow', (c) => start(c))
    .on('bot_added', (c) => start(c))
    .on('unfollow', () => {})
    // Telegram may deliver "/start" typed without a bot_command entity, and some clients send "start".
    .text(/^start$/i, (c) => start(c))
    .button(btn.start, (c, { arg }) => start(c, arg))
    .button(btn.menu, showMenu)
    .button(btn.help, (c) => showHelp(c, bot()))
    .button(btn.lang, (c, { lang }) => setLang(c, lang));
