import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { GOAL_ANSWER_MAX, GOAL_QUESTION_MAX, goalAnswerBody, goalQuestionBody } from "#contracts/goals";
import { Button } from "../../components/button";
import { Form, FormActions, Submit } from "../../components/form";
import { TextAreaField } from "../../components/form-fields";
import { StatusMessage } from "../../components/messages";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import { LintFeedback, LintFindings } from "../questions/lint-feedback";
import type { Goal } from "./goals.api";
import { useAnswerGoalQuestion, useAskAboutGoal } from "./goals.hooks";

type Question = Goal["questions"][number];

function LiveLint({ id }: { id: string }) {
  const text: unknown = useWatch({ name: "text" });
  return <LintFeedback text={typeof text === "string" ? text : ""} id={id} />;
}

function AskForm({ goalId }: { goalId: string }) {
  const ask = useAskAboutGoal(goalId);
  const lintId = `${useId()}-lint`;
  const [status, setStatus] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: goalQuestionBody,
    labels: { text: "Your question about this goal" },
    whenEmpty: { text: "Write the question first." },
  });
  return (
    <>
      <Form
        form={form}
        className="form goal-ask-form"
        aria-label="Ask about this goal"
        onSubmitCapture={() => setStatus(null)}
        onSubmit={async ({ text }) => {
          const asked = await ask.mutateAsync(text);
          form.reset({ text: "" });
          setStatus(
            asked.lint.open || asked.lint.findings.length === 0
              ? "Your question is asked."
              : "Your question is asked; the linter's notes are shown with it.",
          );
        }}
      >
        <TextAreaField name="text" rows={2} maxLength={GOAL_QUESTION_MAX} describedBy={[lintId]} />
        <LiveLint id={lintId} />
        <Submit pendingLabel="Asking…">Ask</Submit>
      </Form>
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}

function AnswerForm({
  goalId,
  question,
  onDone,
}: {
  goalId: string;
  question: Question;
  onDone: () => void;
}) {
  const answer = useAnswerGoalQuestion(goalId);
  const form = useSchemaForm({
    schema: goalAnswerBody,
    labels: { text: "Your answer" },
    whenEmpty: { text: "Write the answer first." },
    defaultValues: { text: question.answer?.text ?? "" },
  });
  return (
    <Form
      form={form}
      className="form goal-answer-form"
      onSubmit={async ({ text }) => {
        await answer.mutateAsync({ questionId: question.id, text });
        onDone();
      }}
    >
      <TextAreaField name="text" rows={3} maxLength={GOAL_ANSWER_MAX} />
      <FormActions submit="Answer in the open" pendingLabel="Answering…" onCancel={onDone} />
    </Form>
  );
}

function QuestionItem({
  goalId,
  question,
  answers,
}: {
  goalId: string;
  question: Question;
  answers: boolean;
}) {
  const [answering, setAnswering] = useState(false);
  return (
    <li className="goal-question">
      <p className="goal-question__text" dir="auto">
        {question.text}
      </p>
      <p className="fine-print">
        Asked by <span dir="auto">{question.askedBy.name}</span>, {formatDate(question.askedAt)}
      </p>
      <LintFindings findings={question.lint.findings} />
      {question.answer ? (
        <blockquote className="goal-question__answer">
          <p dir="auto">{question.answer.text}</p>
          <footer className="fine-print">
            <span dir="auto">{question.answer.by.name}</span>, {formatDate(question.answer.at)}
          </footer>
        </blockquote>
      ) : null}
      {answers ? (
        answering ? (
          <AnswerForm goalId={goalId} question={question} onDone={() => setAnswering(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setAnswering(true)}>
            {question.answer ? "Change the answer" : "Answer"}
          </Button>
        )
      ) : null}
    </li>
  );
}

/**
 * Questions about the goal, asked by anyone on the team and answered by its leaders, in the open.
 * Each is checked by the question linter as it is written; its notes advise and never block.
 */
export function GoalQuestions({ goal }: { goal: Goal }) {
  return (
    <section className="panel goal-questions" aria-labelledby="goal-questions-heading">
      <h2 id="goal-questions-heading">Questions</h2>
      {goal.questions.length === 0 ? (
        <p className="fine-print">No question yet.</p>
      ) : (
        <ul className="goal-questions__list">
          {goal.questions.map((question) => (
            <QuestionItem
              key={question.id}
              goalId={goal.id}
              question={question}
              answers={goal.viewer === "leader"}
            />
          ))}
        </ul>
      )}
      <AskForm goalId={goal.id} />
    </section>
  );
}
