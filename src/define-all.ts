/** Registers every widget (the list is generated from src/widgets/). Safe to load more than once. */
import './generated/define-all.js';
