import { okSchema } from "#contracts/common";
import {
  recoveryCodesSchema,
  type SecondFactorSettingsInput,
  secondFactorSettingsSchema,
  secondFactorSetupSchema,
  secondFactorStatusSchema,
} from "#contracts/second-factor";
import { api } from "../../lib/api";

export type { RecoveryCodes, SecondFactorSetup, SecondFactorStatus } from "#contracts/second-factor";

export const secondFactorApi = {
  status: () => api.get("/me/second-factor", secondFactorStatusSchema),
  begin: () => api.post("/me/second-factor/setup", secondFactorSetupSchema),
  confirm: (input: { password: string; code: string }) =>
    api.post("/me/second-factor/confirm", recoveryCodesSchema, input),
  disable: (input: { password: string; code: string }) =>
    api.post("/me/second-factor/disable", okSchema, input),
  signIn: (code: string) => api.post("/auth/login/second-factor", okSchema, { code }),
  settings: () => api.get("/settings/second-factor", secondFactorSettingsSchema),
  setSettings: (input: SecondFactorSettingsInput) =>
    api.patch("/settings/second-factor", secondFactorSettingsSchema, input),
};
