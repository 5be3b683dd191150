/**
 * Short articles written for the corpus tests: three publishers reporting
 * on two armed groups in eastern Congo: funding said by two of them (2022,
 * 2023) and denied by the third, a clash at a later time, and a syndicated
 * copy of the first article.
 */
export interface Article {
  name: string;
  publisher: string;
  published: string;
  title: string;
  body: string;
}

const FUNDING_BODY = `The Mai-Mai Yakutumba militia has been funding the Twirwaneho rebels in South Kivu since 2022, United Nations investigators said in a report published on Monday.

The investigators said the militia also sheltered Twirwaneho commanders near Fizi. Colonel Jean-Marie Kasongo, a Congolese army spokesman, said the army attacked Twirwaneho positions on Sunday.`;

export const KIVU: Article[] = [
  { name: 'funding', publisher: 'Harbour Times', published: '2024-03-12', title: 'Militia funds rebels in Kivu, say investigators', body: FUNDING_BODY },
  {
    name: 'denial', publisher: 'Lakeside Post', published: '2024-03-20', title: 'Kivu militia denies funding rebels',
    body: `The Mai-Mai Yakutumba militia denied that it funds the Twirwaneho rebels. A spokesman for Yakutumba said the group had never given money to Twirwaneho.

Separately, the Congolese army attacked Twirwaneho positions near Minembwe on Tuesday, Colonel Jean-Marie Kasongo said. Kasongo accused Twirwaneho of attacking civilians.`,
  },
  {
    name: 'clash', publisher: 'Great Lakes Monitor', published: '2024-04-02', title: 'Twirwaneho and Yakutumba clash near Fizi',
    body: `Twirwaneho fighters attacked Mai-Mai Yakutumba positions near Fizi in March 2024, local officials said.

Local researchers said Yakutumba funded Twirwaneho in 2023. Yakutumba is allied with the Congolese army in the area, the officials said.`,
  },
];

/** The first article as another outlet republished it: another headline and masthead, the same story. */
export const SYNDICATED: Article = { name: 'funding-copy', publisher: 'River Wire', published: '2024-03-13', title: 'UN report: Yakutumba militia bankrolls Twirwaneho', body: FUNDING_BODY };

/** An article as a text file: a date line, the headline, the body and a copyright line (the cleaner reads the last two as metadata). */
export function asText(a: Article): string {
  return `date ${a.published}\n\n${a.title}\n\n${a.body}\n\n© ${a.published.slice(0, 4)} ${a.publisher}. All rights reserved.\n`;
}

/** An article as a JSONL record. */
export function asRecord(a: Article, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ text: `${a.title}\n\n${a.body}`, title: a.title, publisher: a.publisher, published: a.published, ...extra });
}

/** The same article made distinct (another document id) by a closing line: for tests that need many documents. */
export function numbered(a: Article, n: number): Article {
  return { ...a, name: `${a.name}-${n}`, body: `${a.body}\n\nThis is dispatch number ${n} of the series.` };
}
