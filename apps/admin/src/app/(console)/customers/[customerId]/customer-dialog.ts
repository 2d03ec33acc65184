/** A dialog that acts on the customer whose page is open (block, merge, erase). */
export type CustomerDialogProps = {
  customerId: string;
  name: string;
  open: boolean;
  onClose: () => void;
};
