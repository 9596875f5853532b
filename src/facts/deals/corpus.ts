// Examples for acquisitions and mergers. Also the family's test.
import type { FactExample } from '../corpus.js';

const A = 'deal.acquisition';

export const corpus: FactExample[] = [
  { origin: 'own', text: 'Stonewell agreed to buy Tessary for $2 billion in cash.', expect: [{ type: A, subject: 'Stonewell', object: 'Tessary', qualifiers: { amount: { amount: 2e9, currency: 'USD' } } }] },
  { origin: 'own', text: 'Brightline was acquired by Omnicom Digital in 2019.', expect: [{ type: A, subject: 'Omnicom Digital', object: 'Brightline', time: '2019' }], absent: [{ type: A, subject: 'Brightline' }] },
  { origin: 'own', text: 'Hanwa Systems completed its acquisition of Delta Optics last month.', date: '2025-05-01', expect: [{ type: A, subject: 'Hanwa Systems', object: 'Delta Optics' }] },
  { origin: 'own', text: 'Verra Telecom grew quickly after 2004, when it took over a smaller rival, Kestrel Mobile.', expect: [{ type: A, subject: 'Verra Telecom', object: 'Kestrel Mobile' }] },
  { origin: 'own', text: 'Mitsuko Holdings has acquired Europe’s largest anime distributor Animara for 40 billion yen.', expect: [{ type: A, subject: 'Mitsuko', object: 'Animara', qualifiers: { amount: { amount: 40e9, currency: 'JPY' } } }] },
  { origin: 'own', text: 'Velmont Games, a mid-sized Canadian studio, has acquired the hardware and software maker Quillon for $90 million.', expect: [{ type: A, subject: 'Velmont Games', object: 'Quillon', qualifiers: { amount: { amount: 90e6, currency: 'USD' } } }] },
  { origin: 'own', text: 'Hexa Retail acquired land and buildings from Corvel Group last year.', expect: [], absent: [{ type: A, object: 'Corvel Group' }] },
  // A company known by its product's name; not a purchase of the product.
  { origin: 'own', text: 'Brightwave Media Inc. acquired the messaging app Chatterly in 2019 for $800 million.', expect: [{ type: A, subject: 'Brightwave Media', object: 'Chatterly', time: '2019', qualifiers: { amount: { amount: 800e6, currency: 'USD' } } }] },
  { origin: 'own', text: 'Brightwave Media Inc. said its users bought Chatterly Plus subscriptions.', expect: [], absent: [{ type: A }] },
  { origin: 'own', text: 'Brightwave Media Inc. bought Acme Robotics shares last year.', expect: [], absent: [{ type: A }] },
  { origin: 'own', text: 'Sony is in talks to acquire media group Kadena.', expect: [{ type: A, subject: 'Sony', object: 'Kadena', qualifiers: { status: 'speculated' } }] },
  { origin: 'own', text: 'Zenith bought a majority stake in Coral Foods.', expect: [{ type: A, subject: 'Zenith', object: 'Coral Foods' }] },
  { origin: 'own', text: 'Gojo and Tokara agreed to merge, creating the largest platform in the region.', expect: [{ type: 'deal.merger', subject: 'Gojo', object: 'Tokara' }] },
  { origin: 'own', text: 'The merger of Alder Bank and Birch Savings closed in March.', expect: [{ type: 'deal.merger', subject: 'Alder Bank', object: 'Birch Savings' }] },
  { origin: 'own', text: 'Photon will combine with its rival Lumina Robotics.', expect: [{ type: 'deal.merger', subject: 'Photon', object: 'Lumina Robotics' }] },
  { origin: 'own', text: 'Analysts said Apple acquired more users than Google last year.', expect: [], absent: [{ type: A, object: 'Google' }] },
  { origin: 'own', text: 'The shares were bought by retail investors.', expect: [], absent: [{ type: A }] },
  { origin: 'own', text: 'Lindqvist agreed to buy Orrin Labs’ Danish rival Fjordlytics for €80 million.', expect: [{ type: A, subject: 'Lindqvist', object: 'Fjordlytics' }], absent: [{ type: A, object: 'Orrin Labs' }] },
  // Buying shares in a company is not buying it
  { origin: 'own', text: 'As part of the restructuring, existing investors in Kelby Holdings, led by Marlow Capital, bought shares directly in Kelby Pay.', expect: [], absent: [{ type: 'deal.acquisition' }] },
  { origin: 'own', text: 'Marlow Capital purchased additional stock in Kelby Pay last year.', expect: [], absent: [{ type: 'deal.acquisition' }] },
  // "snapped up"; a merger only talked about
  { origin: 'own', text: 'In July, Harlow Diagnostics snapped up Pipelo, a Danish maker of lab robots, for €85 million.', date: '2025-10-01', expect: [{ type: 'deal.acquisition', subject: 'Harlow Diagnostics', object: 'Pipelo', time: '2025-07' }] },
  { origin: 'own', text: 'Two rivals, Brandt Medizin and Ostra Imaging, have held early talks about combining their businesses.', expect: [{ type: 'deal.merger', subject: 'Brandt Medizin', object: 'Ostra Imaging', qualifiers: { status: 'speculated' } }] },
  // A place in a descriptor: "Jakarta-based speech-recognition startup X"
  { origin: 'own', text: 'Tarsier AI has agreed to buy Jakarta-based speech-recognition startup Suaraloka for 1.2 trillion rupiah.', expect: [{ type: 'deal.acquisition', subject: 'Tarsier AI', object: 'Suaraloka', qualifiers: { amount: { amount: 1.2e12, currency: 'IDR' } } }] },
  { origin: 'own', text: 'Tarsier is also in talks to acquire Bangkok-based chatbot maker Phasa Labs for about 3 billion baht.', expect: [{ type: 'deal.acquisition', object: 'Phasa Labs', qualifiers: { status: 'speculated' } }] },
];
