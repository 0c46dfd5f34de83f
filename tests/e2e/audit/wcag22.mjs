// Every WCAG 2.2 Level A and AA success criterion (4.1.1 Parsing is obsolete and removed in 2.2),
// with what `make audit` can say of it:
// - `checks`: the ids of the audit's own checks (audit/checks.mjs, audit/reader.mjs) that give
//   evidence for it;
// - `axe`: true when axe-core rules are tagged with it (their results count as evidence too);
// - `person`: what only a person can judge (the report says "automated evidence only" until a
//   review in accessibility/reviews.json gives a verdict);
// - `na`: why it does not apply to Frontdesk, when it does not (shown by a check where one can).
// https://www.w3.org/TR/WCAG22/

export const CRITERIA = [
  { id: '1.1.1', name: 'Non-text Content', level: 'A', axe: true, checks: ['reader-images'], person: 'whether each text alternative says what the image is for (the map, photos, icons)' },
  { id: '1.2.1', name: 'Audio-only and Video-only (Prerecorded)', level: 'A', checks: ['no-media'], na: 'no audio or video anywhere' },
  { id: '1.2.2', name: 'Captions (Prerecorded)', level: 'A', checks: ['no-media'], na: 'no video anywhere' },
  { id: '1.2.3', name: 'Audio Description or Media Alternative (Prerecorded)', level: 'A', checks: ['no-media'], na: 'no video anywhere' },
  { id: '1.2.4', name: 'Captions (Live)', level: 'AA', checks: ['no-media'], na: 'no live media anywhere' },
  { id: '1.2.5', name: 'Audio Description (Prerecorded)', level: 'AA', checks: ['no-media'], na: 'no video anywhere' },
  { id: '1.3.1', name: 'Info and Relationships', level: 'A', axe: true, checks: ['landmarks', 'experimental-rules', 'reader-structure'] },
  { id: '1.3.2', name: 'Meaningful Sequence', level: 'A', checks: ['focus-order'], person: 'whether the reading order makes sense, in each direction' },
  { id: '1.3.3', name: 'Sensory Characteristics', level: 'A', person: 'whether any instruction relies on shape, size, place or sound alone, in every language' },
  { id: '1.3.4', name: 'Orientation', level: 'AA', axe: true, checks: ['orientation', 'experimental-rules'] },
  { id: '1.3.5', name: 'Identify Input Purpose', level: 'AA', axe: true, checks: ['input-purpose'] },
  { id: '1.4.1', name: 'Use of Color', level: 'A', axe: true, person: 'whether any state is told by colour alone (statuses, errors)' },
  { id: '1.4.2', name: 'Audio Control', level: 'A', checks: ['no-media'], na: 'no sound plays' },
  { id: '1.4.3', name: 'Contrast (Minimum)', level: 'AA', axe: true, checks: ['contrast-modes', 'state-contrast'] },
  { id: '1.4.4', name: 'Resize Text', level: 'AA', axe: true, checks: ['resize-text'] },
  { id: '1.4.5', name: 'Images of Text', level: 'AA', person: 'no image holds text (the demo map tiles draw street names: a city’s own tiles are its map)' },
  { id: '1.4.10', name: 'Reflow', level: 'AA', checks: ['reflow'] },
  { id: '1.4.11', name: 'Non-text Contrast', level: 'AA', checks: ['focus-visible'], person: 'contrast of control borders and icons against what is next to them' },
  { id: '1.4.12', name: 'Text Spacing', level: 'AA', checks: ['text-spacing'] },
  { id: '1.4.13', name: 'Content on Hover or Focus', level: 'AA', checks: ['no-hover-content'] },
  { id: '2.1.1', name: 'Keyboard', level: 'A', axe: true, checks: ['keyboard-reach', 'keyboard-journey'] },
  { id: '2.1.2', name: 'No Keyboard Trap', level: 'A', checks: ['no-trap'] },
  { id: '2.1.4', name: 'Character Key Shortcuts', level: 'A', checks: ['no-key-shortcuts'] },
  { id: '2.2.1', name: 'Timing Adjustable', level: 'A', axe: true, person: 'no time limit: drafts are kept on the device without end' },
  { id: '2.2.2', name: 'Pause, Stop, Hide', level: 'A', axe: true, checks: ['no-motion'] },
  { id: '2.3.1', name: 'Three Flashes or Below Threshold', level: 'A', checks: ['no-motion'] },
  { id: '2.4.1', name: 'Bypass Blocks', level: 'A', axe: true, checks: ['landmarks'] },
  { id: '2.4.2', name: 'Page Titled', level: 'A', axe: true, person: 'whether each title describes its page, in every language' },
  { id: '2.4.3', name: 'Focus Order', level: 'A', axe: true, checks: ['focus-order'] },
  { id: '2.4.4', name: 'Link Purpose (In Context)', level: 'A', axe: true, person: 'whether each link says where it goes, in every language' },
  { id: '2.4.5', name: 'Multiple Ways', level: 'AA', checks: ['multiple-ways'] },
  { id: '2.4.6', name: 'Headings and Labels', level: 'AA', axe: true, person: 'whether headings and labels describe their topic or purpose, in every language' },
  { id: '2.4.7', name: 'Focus Visible', level: 'AA', checks: ['focus-visible'] },
  { id: '2.4.11', name: 'Focus Not Obscured (Minimum)', level: 'AA', checks: ['focus-not-obscured'] },
  { id: '2.5.1', name: 'Pointer Gestures', level: 'A', checks: ['single-pointer'] },
  { id: '2.5.2', name: 'Pointer Cancellation', level: 'A', person: 'nothing acts on the down-event (native buttons and links only)' },
  { id: '2.5.3', name: 'Label in Name', level: 'A', axe: true, checks: ['experimental-rules'] },
  { id: '2.5.4', name: 'Motion Actuation', level: 'A', checks: ['no-motion-actuation'], na: 'nothing responds to moving the device' },
  { id: '2.5.7', name: 'Dragging Movements', level: 'AA', checks: ['single-pointer'] },
  { id: '2.5.8', name: 'Target Size (Minimum)', level: 'AA', axe: true, checks: ['target-size-variants'] },
  { id: '3.1.1', name: 'Language of Page', level: 'A', axe: true, checks: ['language'] },
  { id: '3.1.2', name: 'Language of Parts', level: 'AA', axe: true, checks: ['reader-language'], person: 'whether every part in another language is marked (city and server text is marked by the app)' },
  { id: '3.2.1', name: 'On Focus', level: 'A', checks: ['on-focus'] },
  { id: '3.2.2', name: 'On Input', level: 'A', checks: ['on-input'] },
  { id: '3.2.3', name: 'Consistent Navigation', level: 'AA', checks: ['consistent-navigation'] },
  { id: '3.2.4', name: 'Consistent Identification', level: 'AA', person: 'whether the same function has the same name everywhere, in every language' },
  { id: '3.2.6', name: 'Consistent Help', level: 'A', checks: ['consistent-navigation'] },
  { id: '3.3.1', name: 'Error Identification', level: 'A', checks: ['errors'] },
  { id: '3.3.2', name: 'Labels or Instructions', level: 'A', axe: true },
  { id: '3.3.3', name: 'Error Suggestion', level: 'AA', checks: ['errors'], person: 'whether each error says how to put it right, in every language' },
  { id: '3.3.4', name: 'Error Prevention (Legal, Financial, Data)', level: 'AA', checks: ['check-answers'] },
  { id: '3.3.7', name: 'Redundant Entry', level: 'A', checks: ['redundant-entry'] },
  { id: '3.3.8', name: 'Accessible Authentication (Minimum)', level: 'AA', checks: ['no-authentication'], na: 'nothing asks to sign in, for a password, a code or a puzzle' },
  { id: '4.1.2', name: 'Name, Role, Value', level: 'A', axe: true, checks: ['reader-names'] },
  { id: '4.1.3', name: 'Status Messages', level: 'AA', checks: ['status-messages'] },
];

/** axe's tag for a criterion: `wcag143` for 1.4.3, `wcag2411` for 2.4.11. */
export const axeTag = (id) => `wcag${id.replaceAll('.', '')}`;
