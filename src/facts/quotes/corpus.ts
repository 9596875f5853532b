// Examples for the quote rule: the seeds' passages and many of our own. Also the family's test.
import type { FactExample } from '../corpus.js';

export const corpus: FactExample[] = [
  // Seeds
  {
    origin: 'seed',
    text: ' date 2025-04-02 OpenAI news\n\nOn March 31 (local time), OpenAI CEO Sam Altman posted on his social media platform X, saying, “For the first time since GPT-2, we’re releasing an open-weight model,” and added that the model will be made freely available.\n\nThe term “open weight” refers to publicly releasing the training weights.',
    expect: [{ type: 'quote', subject: 'Sam Altman', value: { text: 'For the first time since GPT-2, we’re releasing an open-weight model' } }],
    absent: [{ type: 'quote', value: { text: 'open weight' } }],
  },
  {
    origin: 'seed',
    text: 'OpenAI said it plans to increase cooperation with domestic corporations. Kwon, the CSO, said, "On the hardware side, including semiconductors, we aim to build strong partnerships with SK, Samsung and others."\n\nHe did not rule out investment in AI data centers. He said, "The importance of the Korean market will influence how we envision computing partnerships in this region, and that is something we are always reviewing," adding, "We are thinking of a long-term investment relationship with Korea."',
    expect: [
      { type: 'quote', value: { text: 'On the hardware side, including semiconductors, we aim to build strong partnerships with SK, Samsung and others.' } },
      { type: 'quote', value: { text: 'The importance of the Korean market will influence how we envision computing partnerships in this region, and that is something we are always reviewing' } },
      { type: 'quote', value: { text: 'We are thinking of a long-term investment relationship with Korea.' } },
    ],
  },
  {
    origin: 'seed',
    text: 'The developer of ChatGPT has launched 11 new offices in major cities in recent years. "OpenAI considers South Korea a key partner due to its high level of engagement with our services and sees strong potential for collaboration with Korean companies," an OpenAI official said.',
    expect: [{ type: 'quote', subject: 'OpenAI', qualifiers: { speaker: 'an OpenAI official' } }],
  },
  {
    origin: 'seed',
    text: 'The number of ChatGPT app users in the country recently surpassed 12 million, making it a "national app," and major corporations are using it. Meanwhile, as Korea draws attention as a "next-generation AI hub," global AI corporations are setting up local offices.',
    expect: [],
    absent: [{ type: 'quote' }],
  },
  // Speaker after the quotation
  { origin: 'own', text: '"We are investing ahead of demand, and we are comfortable with that," Hannah Brooks said on a call with analysts.', expect: [{ type: 'quote', subject: 'Hannah Brooks', value: { text: 'We are investing ahead of demand, and we are comfortable with that' } }] },
  { origin: 'own', text: '"Our customers asked for this for two years," said Marcus Feld, chief product officer at Kestrel Robotics.', expect: [{ type: 'quote', subject: 'Marcus Feld', value: { text: 'Our customers asked for this for two years' } }] },
  { origin: 'own', text: 'Brightwave Robotics opened its plant in Porto on Monday.\n\n"This is the biggest investment in our history," chief executive Ingrid Dahl told reporters.', expect: [{ type: 'quote', subject: 'Ingrid Dahl', value: { text: 'This is the biggest investment in our history' } }] },
  // Speaker before the quotation
  { origin: 'own', text: 'Sarah Chen said: "We will hire two hundred engineers in Lisbon before the end of the year."', expect: [{ type: 'quote', subject: 'Sarah Chen', value: { text: 'We will hire two hundred engineers in Lisbon before the end of the year.' } }] },
  { origin: 'own', text: 'Asked about the merger, Victor Lamb said the talks "were never about price, they were about control of the brand."', expect: [{ type: 'quote', subject: 'Victor Lamb' }] },
  // Pronouns: the person who leads the sentence before, else the last speaker
  { origin: 'own', text: 'Yusuf Demir, a partner at Anatolia Ventures, said his firm had screened forty companies. "It was the only product we saw that the workers themselves asked to keep," he said.', expect: [{ type: 'quote', subject: 'Yusuf Demir', value: { text: 'It was the only product we saw that the workers themselves asked to keep' } }] },
  { origin: 'own', text: '"Margins will recover in the second half," said Laura Ricci, the finance chief. Trade Minister Budi Santoso also commented. "We welcome the investment and the jobs it brings to the region," he said.', expect: [{ type: 'quote', subject: 'Laura Ricci' }, { type: 'quote', subject: 'Budi Santoso', value: { text: 'We welcome the investment and the jobs it brings to the region' } }] },
  { origin: 'own', text: '"Lisbon gives us access to talent," Marco Bellini said.\n\nMarco Bellini and Laura Ricci at the opening in Lisbon. /Courtesy of the company\n\nHe also spoke about hiring. He said, "We expect to double the team within a year."', expect: [{ type: 'quote', subject: 'Marco Bellini', value: { text: 'We expect to double the team within a year.' } }] },
  // One passage over several sentences is one quote; an interrupted one is two
  {
    origin: 'own',
    text: 'Sarah Chen is betting on caution. "Most of the industry is racing to ship agents. I think that is the wrong race. Review is the bottleneck, not generation," Sarah Chen said.\n\n"We would rather ship something slower that engineers trust," she said, adding, "Trust is the only moat that does not evaporate."',
    expect: [
      { type: 'quote', subject: 'Sarah Chen', value: { text: 'Most of the industry is racing to ship agents. I think that is the wrong race. Review is the bottleneck, not generation' } },
      { type: 'quote', subject: 'Sarah Chen', value: { text: 'We would rather ship something slower that engineers trust' } },
      { type: 'quote', subject: 'Sarah Chen', value: { text: 'Trust is the only moat that does not evaporate.' } },
    ],
  },
  { origin: 'own', text: '"We did not expect this," said Tomas Berg. "The numbers surprised everyone in the room."', expect: [{ type: 'quote', subject: 'Tomas Berg', value: { text: 'We did not expect this' } }, { type: 'quote', subject: 'Tomas Berg', value: { text: 'The numbers surprised everyone in the room.' } }] },
  // A statement over two paragraphs, each opened by a quotation mark: one quote per paragraph, one speaker
  {
    origin: 'own',
    text: 'In a statement, managing partner Eric Lund said: "Our clients have long asked for a presence in Seoul, and we are proud to open one.\n\n"The new office lets us serve them in their own time zone."',
    expect: [
      { type: 'quote', subject: 'Eric Lund', value: { text: 'Our clients have long asked for a presence in Seoul, and we are proud to open one.' } },
      { type: 'quote', subject: 'Eric Lund', value: { text: 'The new office lets us serve them in their own time zone.' } },
    ],
  },
  // Mixed quotation marks pair up
  { origin: 'own', text: '"We benefited from faster growth in India and Brazil, with India a notable source of upside,” Spotify told shareholders in a letter.', expect: [{ type: 'quote', subject: 'Spotify', value: { text: 'We benefited from faster growth in India and Brazil, with India a notable source of upside' } }] },
  { origin: 'own', text: '"Customers keep calling it “the boring robot,” and we take that as praise," said Marcus Feld.', expect: [{ type: 'quote', subject: 'Marcus Feld', value: { text: 'Customers keep calling it “the boring robot,” and we take that as praise' } }] },
  // Unnamed speakers: the organisation, with the description
  { origin: 'own', text: '"The plant will run on renewable power from day one," a Brightwave Robotics spokesperson said.', expect: [{ type: 'quote', subject: 'Brightwave Robotics', qualifiers: { speaker: 'a Brightwave Robotics spokesperson' } }] },
  { origin: 'own', text: 'A Zentrix Bank official said, "We have no plans to sell the unit at this time."', expect: [{ type: 'quote', subject: 'Zentrix Bank', value: { text: 'We have no plans to sell the unit at this time.' } }] },
  // Organisations as speakers
  { origin: 'own', text: 'The chipmaker will use the money to help "build the next generation of European AI champions" and will work with local funds, according to a Nvidia statement on Thursday.', expect: [{ type: 'quote', subject: 'Nvidia', value: { text: 'build the next generation of European AI champions' } }] },
  { origin: 'own', text: 'Siemens said its new fund will be "run from Munich but open to founders everywhere," giving early-stage teams access to factory test lines.', expect: [{ type: 'quote', subject: 'Siemens', value: { text: 'run from Munich but open to founders everywhere' } }] },
  { origin: 'own', text: 'Anime, according to the Media Partners Asia report, "is a defining attribute of premium streaming in Japan."', expect: [{ type: 'quote', subject: 'Media Partners Asia' }] },
  { origin: 'own', text: 'Twitter claimed "better than expected" profitability for the quarter.', expect: [{ type: 'quote', subject: 'Twitter', value: { text: 'better than expected' } }] },
  { origin: 'own', text: 'Microsoft says the update will reach business customers "over the next few weeks".', expect: [{ type: 'quote', subject: 'Microsoft', value: { text: 'over the next few weeks' } }] },
  // Names, terms and labels in quotation marks are not quotes
  { origin: 'own', text: 'The streamer no longer discloses subscriber counts, pointing investors instead to what it calls “engaged monthly paying households” (EMPHs).', expect: [], absent: [{ type: 'quote' }] },
  { origin: 'own', text: 'Audiences in Brazil streamed the second season of "Harbor Lights" and the animated spin-off "Copper Moon" more than any other Spanish-language show.', expect: [], absent: [{ type: 'quote' }] },
  { origin: 'own', text: 'The ministry said it will work with Kestrel Robotics through the "AI for Every Factory" initiative.', expect: [], absent: [{ type: 'quote' }] },
  { origin: 'own', text: 'Lumina Therapeutics, described as an "OpenAI rival" in the biology field, raised $40 million.', expect: [], absent: [{ type: 'quote' }] },
  { origin: 'own', text: 'Sarah Chen said the goal was to make the country one of the \'three AI powerhouses\' by 2030, calling it "a national project for the next decade."', expect: [{ type: 'quote', subject: 'Sarah Chen', value: { text: 'a national project for the next decade.' } }], absent: [{ type: 'quote', value: { text: 'three AI powerhouses' } }] },
  // A second quotation in the speaker's paragraph is theirs, not that of someone who speaks in the next one
  {
    origin: 'own',
    text: '"We built this quarter on loyal players," said Hiroshi Tanabe, the company\'s chief executive. "The sequel is how we find new ones."\n\nChief Financial Officer Mari Sato told analysts on a call that a stronger yen had trimmed sales.',
    expect: [{ type: 'quote', subject: 'Hiroshi Tanabe', value: { text: 'The sequel is how we find new ones.' } }],
    absent: [{ type: 'quote', subject: 'Mari Sato' }],
  },
];
