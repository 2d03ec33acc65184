/** What a form gives each of its text inputs: its id, name, value, change handler and error. */
export type TextInput = {
  id: string;
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error?: string;
};
