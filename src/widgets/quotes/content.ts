import {msg, str} from '../../core/localize.js';

export interface Quote {
  text: string;
  /** Who said it: name, age and type of MS, ready to show. */
  who: string;
}

/** The article's three quotes from people with MS. `age` formats a number in the widget's language. */
export function articleQuotes(age: (years: number) => string): Quote[] {
  const rrms = msg('relapsing-remitting MS (RRMS)');
  const spms = msg('secondary progressive MS (SPMS)');
  const who = (name: string, years: number, type: string) =>
    msg(str`${name}, age ${age(years)}, ${type}`, {desc: 'Who said a quote: first name, age in years, type of MS.'});
  return [
    {
      text: msg('I’m not sad. I just don’t feel anything. It’s like my emotions went on vacation and forgot to come back.'),
      who: who('Alex', 39, rrms),
    },
    {
      text: msg('I used to cry at movies. Now I sit there and feel blank. It’s terrifying.'),
      who: who('Mariah', 45, spms),
    },
    {
      text: msg('I want to feel something—even pain—just so I know I’m still here.'),
      who: who('Devon', 30, rrms),
    },
  ];
}

/** The article's line after the quotes. */
export function quotesNote(): string {
  return msg('Stories like these are very common. They remind us that numbness is real pain, just in a different form.');
}
