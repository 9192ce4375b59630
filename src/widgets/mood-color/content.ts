/** The palette is shared article text: the appointment sheet names the colours in its summary too. */
export {moodColors, type MoodColor} from '../../content/mood-colors.js';
