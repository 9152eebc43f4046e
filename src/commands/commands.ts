// Ribbon function file. The manifest must name a FunctionFile whenever it declares ribbon commands,
// and Office loads it in a hidden frame. Our only button uses ShowTaskpane, which needs no code, so
// this file only tells Office that the frame is ready; ExecuteFunction commands would register here.
Office.onReady(() => undefined);
