// The money recognizer's corpus is its test (see ../numeric-shared/testing.ts).
import { describeRecognizer } from '../numeric-shared/testing.js';
import { corpus } from './corpus.js';
import { recognizers } from './index.js';

describeRecognizer('money recognizer', recognizers, ['money'], corpus, 100);
