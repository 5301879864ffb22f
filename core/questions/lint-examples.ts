/**
 * Labelled examples for the question linter, written for Rapport (not taken from any question set).
 * The table is the linter's specification by example: linter.test.ts asserts the exact code set of each,
 * and prints precision and recall per code. An empty `codes` means the question is open.
 *
 * Labels follow SCIENCE.md's table and the judgement calls documented in linter.ts and
 * linter-conjunctions.ts (tag questions are leading but not closed; "Anything else?" is closed;
 * "always" and "never" are loaded even in a kind question, as the rule is worded).
 */
import type { LintCode } from "./linter-types";

export interface LintExample {
  text: string;
  codes: LintCode[];
}

export const LINT_EXAMPLES: readonly LintExample[] = [
  // Open questions, including the tricky openers.
  { text: "How are you?", codes: [] },
  { text: "Tell me about your week.", codes: [] },
  { text: "What's one thing you'd change?", codes: [] },
  { text: "How come the release slipped?", codes: [] },
  { text: "What made you choose this team?", codes: [] },
  { text: "What else is on your mind?", codes: [] },
  { text: "Walk me through how you plan a typical day.", codes: [] },
  { text: "Describe a day at work that left you energised.", codes: [] },
  { text: "What would make next quarter feel like a success to you?", codes: [] },
  { text: "Looking back at the offsite, what stood out?", codes: [] },
  { text: "When was the last time you felt proud of your work?", codes: [] },
  { text: "How do you and your team decide what to work on first?", codes: [] },
  { text: "What are the pros and cons of the new rota, from where you sit?", codes: [] },
  { text: "What helps you through the ups and downs of on-call?", codes: [] },
  { text: "How do you split your time between meetings and deep work?", codes: [] },
  { text: "Where do you see yourself in two years?", codes: [] },
  { text: "Who or what helped you most this month?", codes: [] },
  { text: "If you could change one thing about our 1:1s, what would it be?", codes: [] },
  { text: "Help me understand what a good week looks like for you.", codes: [] },
  { text: "What, if anything, would you like more of from me?", codes: [] },
  { text: "How clearly do you see the goals for this quarter?", codes: [] },
  { text: "What about this role gives you energy?", codes: [] },
  { text: "I'm fine, thanks. What about you?", codes: [] },
  { text: "\u201CWhat\u2019s been on your mind lately?\u201D", codes: [] },
  { text: "what did you learn this week", codes: [] },
  { text: "How do you balance work and family during a launch?", codes: [] },
  { text: "How do you and Sam split the work?", codes: [] },
  { text: "What if you could redesign your role from scratch?", codes: [] },
  { text: "So, how did the week go?   ", codes: [] },
  { text: "When you think back on the year, which moment mattered most?", codes: [] },
  { text: "When you and your manager disagree, what happens next?", codes: [] },
  { text: "What about the role do you enjoy most?", codes: [] },
  { text: "Do tell me more.", codes: [] },
  { text: "What comes naturally to you?", codes: [] },
  { text: "Tell me about a time you and your manager disagreed.", codes: [] },

  // closed: a yes or a no ends it.
  { text: "Is the project going well?", codes: ["closed"] },
  { text: "Are you happy with the new process?", codes: ["closed"] },
  { text: "Did you enjoy the conference?", codes: ["closed"] },
  { text: "Can you tell me about your week?", codes: ["closed"] },
  { text: "Is there anything else you'd like to discuss?", codes: ["closed"] },
  { text: "Anything else on your mind?", codes: ["closed"] },
  { text: "Do you have any concerns about the launch?", codes: ["closed"] },
  { text: "Looking back, did anything surprise you?", codes: ["closed"] },
  { text: "Would you say the team is aligned?", codes: ["closed"] },
  { text: "Has the reorg affected you?", codes: ["closed"] },
  { text: "Should we keep the weekly check-in?", codes: ["closed"] },
  { text: "Am I giving you enough context?", codes: ["closed"] },
  { text: "May I share some feedback?", codes: ["closed"] },
  { text: "Were you able to rest last weekend?", codes: ["closed"] },
  { text: "is the workload manageable", codes: ["closed"] },
  { text: "IS THE PROJECT GOING WELL?", codes: ["closed"] },
  { text: "Thinking about last week, is there anything you'd do differently?", codes: ["closed"] },
  { text: "Do you think you and Sam could pair on it?", codes: ["closed"] },
  { text: "Is everything ok?", codes: ["closed"] },
  { text: "Are the goals for the quarter clearly defined?", codes: ["closed"] },

  // why: asks for a justification.
  { text: "Why was it late?", codes: ["why"] },
  { text: "Why did you choose that approach?", codes: ["why"] },
  { text: "Why didn't you ask for help?", codes: ["why"] },
  { text: "Why haven\u2019t you updated the ticket?", codes: ["why"] },
  { text: "Why don't you speak up in meetings?", codes: ["why"] },
  { text: "Why wasn't I told sooner?", codes: ["why"] },
  { text: "Why do you think that happened?", codes: ["why"] },
  { text: "Honestly, why did the demo slip?", codes: ["why"] },
  { text: "Why's that?", codes: ["why"] },
  { text: "When you think about it, why did the estimate slip?", codes: ["why"] },
  { text: "why did you pick that", codes: ["why"] },

  // leading: the answer is in the question.
  { text: "That went well, right?", codes: ["leading"] },
  { text: "You're happy here, right?", codes: ["leading"] },
  { text: "You're coming to the offsite, aren't you?", codes: ["leading"] },
  { text: "The retro helped, didn't it?", codes: ["leading"] },
  { text: "Isn't it better to ship early?", codes: ["closed", "leading"] },
  { text: "Don't you think the plan is solid?", codes: ["closed", "leading"] },
  { text: "Wouldn't you agree that the launch was a success?", codes: ["closed", "leading"] },
  { text: "Didn't the launch go smoothly?", codes: ["closed", "leading"] },
  { text: "\u201CIsn\u2019t it obvious the plan works?\u201D", codes: ["closed", "leading"] },
  { text: "Surely the new tool makes things easier?", codes: ["leading"] },
  { text: "Obviously the demo went well - what did you like most?", codes: ["leading"] },
  { text: "Of course you want the promotion?", codes: ["leading"] },
  { text: "That was clearly the right call, wasn't it?", codes: ["leading"] },

  // advice: a suggestion with a question mark.
  { text: "Have you tried blocking your mornings?", codes: ["closed", "advice"] },
  { text: "Have you considered delegating the reporting?", codes: ["closed", "advice"] },
  { text: "Have you thought about moving to the platform team?", codes: ["closed", "advice"] },
  { text: "What about the deadline?", codes: ["advice"] },
  { text: "How about pairing with Priya on it?", codes: ["advice"] },
  { text: "Shouldn't you delegate more?", codes: ["closed", "advice"] },
  { text: "Could you just ask for an extension?", codes: ["closed", "advice"] },
  { text: "Wouldn't it be better to split the ticket?", codes: ["closed", "advice"] },
  { text: "Why not ask Sam?", codes: ["why", "advice"] },
  { text: "Maybe you could try a shorter stand-up?", codes: ["advice"] },
  { text: "You should talk to Sam, what do you think?", codes: ["advice"] },
  { text: "What if you took Friday off?", codes: ["advice"] },
  { text: "Would it help to write the plan down first?", codes: ["closed", "advice"] },
  { text: "How about we move our 1:1 to Fridays?", codes: ["advice"] },
  { text: "What about asking them for help?", codes: ["advice"] },

  // double_barreled: two asks in one.
  { text: "How are the project and your team?", codes: ["double_barreled"] },
  { text: "What do you enjoy and find hard about the role?", codes: ["double_barreled"] },
  { text: "How do you feel about your role and your manager?", codes: ["double_barreled"] },
  { text: "What went well, and what would you change?", codes: ["double_barreled"] },
  { text: "How are you and your team?", codes: ["double_barreled"] },
  { text: "What motivates and drains you at work?", codes: ["double_barreled"] },
  { text: "How are things at home/work?", codes: ["double_barreled"] },
  { text: "What's working for you and what isn't?", codes: ["double_barreled"] },
  { text: "What would make you stay or leave?", codes: ["double_barreled"] },
  { text: "How do you feel about the reorg as well as the new tools?", codes: ["double_barreled"] },
  { text: "Is the project on time and on budget?", codes: ["closed", "double_barreled"] },
  { text: "What's something you're proud of, and why?", codes: ["double_barreled"] },
  { text: "How do you like to give and receive feedback?", codes: ["double_barreled"] },
  { text: "What do you need from me and the team?", codes: ["double_barreled"] },
  { text: "What energises you and drains you?", codes: ["double_barreled"] },

  // stacked: more than one question mark.
  { text: "How did the sprint go? What would you change?", codes: ["stacked"] },
  { text: "How are you? How's the family?", codes: ["stacked"] },
  { text: "What's on your mind? Anything blocking you?", codes: ["closed", "stacked"] },
  { text: "What went well?? What didn't?", codes: ["stacked"] },
  { text: "Tell me about your week? And what's next?", codes: ["stacked"] },
  { text: "Did you rest? Are you ready for Monday?", codes: ["closed", "stacked"] },
  { text: "Why did it slip? What got in the way?", codes: ["why", "stacked"] },
  { text: "How was the offsite? What stood out? What would you skip next time?", codes: ["stacked"] },
  { text: "What's your biggest worry right now? What would ease it?", codes: ["stacked"] },

  // forced_choice: the options are handed over.
  { text: "Do you prefer email or Slack?", codes: ["closed", "forced_choice"] },
  { text: "Would you rather lead the project or support it?", codes: ["closed", "forced_choice"] },
  { text: "Is it the workload or the people?", codes: ["closed", "forced_choice"] },
  { text: "Are you staying or not?", codes: ["closed", "forced_choice"] },
  { text: "Which do you prefer, mornings or afternoons?", codes: ["forced_choice"] },
  { text: "What worries you more, the deadline or the budget?", codes: ["forced_choice"] },
  { text: "How do you like feedback, written or spoken?", codes: ["forced_choice"] },
  { text: "You want the lead role or not?", codes: ["forced_choice"] },
  { text: "What's harder for you: planning or execution?", codes: ["forced_choice"] },
  { text: "Should we meet weekly or every other week?", codes: ["closed", "forced_choice"] },

  // loaded: absolutes and judgement.
  { text: "Why are you always late to stand-up?", codes: ["why", "loaded"] },
  { text: "How do you explain the failure of the launch?", codes: ["loaded"] },
  { text: "Whose fault was the outage?", codes: ["loaded"] },
  { text: "What went wrong and who is to blame?", codes: ["double_barreled", "loaded"] },
  { text: "What excuse do you have for the delay?", codes: ["loaded"] },
  { text: "How can we stop you being so lazy about documentation?", codes: ["loaded"] },
  { text: "Tell me about a time you never got credit.", codes: ["loaded"] },
  { text: "Is this another failure we need to discuss?", codes: ["closed", "loaded"] },
  { text: "What's wrong with you lately?", codes: ["loaded"] },
  { text: "Why do you constantly interrupt others?", codes: ["why", "loaded"] },
  { text: "How do you always stay so calm?", codes: ["loaded"] },
];
